package cn.lianxi.cases.mapping;

import java.time.Instant;

import cn.lianxi.cases.Petition;
import cn.lianxi.cases.rest.PetitionView;

/** Maps petitions (涉执信访) to their API view. */
public final class PetitionMapper {

    private PetitionMapper() {
    }

    /** {@code now}: when the view is read, for {@code overdue}. */
    public static PetitionView toView(Petition p, Instant now) {
        return new PetitionView(p.id, p.caseId, p.courtCode, p.caseNumber,
                new PetitionView.PetitionerView(p.petitionerPartyId, p.petitionerRole, p.petitionerName), p.channel,
                p.category, p.complaint, p.receivedAt, p.deadline, p.overdue(now), p.status, p.extendedAt,
                p.extensionReason, p.answer, p.answeredBy, p.answeredAt, p.acknowledgement, p.acknowledgedAt,
                p.acknowledgementRecordedBy, p.repeatOf, p.repeatNumber, p.registeredBy, p.registeredAt);
    }
}
