package cn.lianxi.cases.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.rest.CaseView;
import cn.lianxi.cases.rest.TimelineView;
import cn.lianxi.cases.service.IssuedCode;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PartyRef;

/** Maps cases to their API view and to the events announcing their changes. */
public final class CaseMapper {

    private CaseMapper() {
    }

    public static CaseView toView(EnforcementCase c) {
        return toView(c, List.of());
    }

    /** The filing answer: each party with the query code just issued to it. */
    public static CaseView toView(EnforcementCase c, List<IssuedCode> queryCodes) {
        Map<UUID, String> codes = queryCodes.stream()
                .collect(Collectors.toMap(IssuedCode::partyId, IssuedCode::queryCode));
        return new CaseView(c.id, c.courtCode, c.caseNumber, c.filedOn, c.basisType.name(), c.basisDocument,
                Money.cny(c.amountOwed), Money.cny(c.amountRecovered), c.status.name(),
                c.conclusionType == null ? null : c.conclusionType.name(), c.judge, c.readyToConclude(), c.resumable(),
                c.parties.stream().map(p -> toView(p, codes.get(p.id))).toList(), c.performanceDue,
                c.performedWithinNoticeAt != null, c.performedWithinNoticeAt);
    }

    private static CaseView.PartyView toView(CaseParty p, String queryCode) {
        return new CaseView.PartyView(p.id, p.role.name(), p.type.name(), p.name, p.idNumber, p.minor,
                p.legalRepresentative, queryCode, p.capacity == null ? null : p.capacity.name(), p.capacityReason,
                p.capacityFoundAt);
    }

    public static TimelineView toView(TimelineEntry t) {
        return new TimelineView(t.at, t.kind, t.summary, t.actor, t.eventId, t.detail, t.sealedBy);
    }

    public static PartyRef toRef(CaseParty p) {
        return new PartyRef(p.role, p.type, p.name, p.idNumber, p.minor, p.legalRepresentative);
    }

    /** The event announcing {@code detail} on case {@code c}, with the case's snapshot after the change. */
    public static CaseEvent toEvent(EnforcementCase c, CaseEventDetail detail, Instant at) {
        return new CaseEvent(UUID.randomUUID(), c.id, c.courtCode, c.caseNumber, at, c.status,
                Money.cny(c.amountOwed), Money.cny(c.amountRecovered),
                c.respondents().stream().map(CaseMapper::toRef).toList(), detail);
    }
}
