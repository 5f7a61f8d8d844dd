package cn.lianxi.liaison.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.CriminalReferral;
import cn.lianxi.liaison.CriminalStage;
import cn.lianxi.liaison.CriminalStep;
import cn.lianxi.liaison.mapping.CriminalReferralView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Starting and reading 拒执罪 criminal referrals; the stage changes live in {@link CriminalWorkflow}. */
@ApplicationScoped
public class CriminalReferralService {

    /** Who may see which criminal referrals; null fields do not narrow. */
    public record Visibility(String courtCode, String agencyId) {

        boolean allows(CriminalReferral c) {
            return c.visibleTo(courtCode) && (agencyId == null
                    || agencyId.equals(c.policeAgencyId) || agencyId.equals(c.procuratorateAgencyId));
        }
    }

    private final CriminalWorkflow workflow;

    public CriminalReferralService(CriminalWorkflow workflow) {
        this.workflow = workflow;
    }

    @WithTransaction
    public Uni<CriminalReferral> start(String courtCode, UUID caseId, String caseNumber, ReferralPayload lead,
            String actor) {
        PartyRef respondent = lead.respondent();
        ReferralService.checkIdNumber(respondent.type(), respondent.idNumber(), "respondentIdNumber");
        return workflow.start(caseId, caseNumber, courtCode, lead, null, actor, null)
                .onItem().ifNull().failWith(() -> ProblemException.conflict(ProblemType.NO_POLICE,
                        "no active police bureau serves this court"));
    }

    @WithSession
    public Uni<CriminalReferralView> view(UUID id, Visibility visibility) {
        return workflow.load(id).chain(c -> {
            if (!visibility.allows(c)) {
                throw ProblemException.notFound("criminal referral");
            }
            return steps(c).map(steps -> CriminalReferralView.of(c, steps));
        });
    }

    @WithSession
    public Uni<List<CriminalReferral>> list(Visibility visibility, UUID caseId, CriminalStage stage) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (visibility.courtCode() != null) {
            query.append(" and courtCode = :court");
            params.and("court", visibility.courtCode());
        }
        if (visibility.agencyId() != null) {
            query.append(" and (policeAgencyId = :agency or procuratorateAgencyId = :agency)");
            params.and("agency", visibility.agencyId());
        }
        if (caseId != null) {
            query.append(" and caseId = :caseId");
            params.and("caseId", caseId);
        }
        if (stage != null) {
            query.append(" and stage = :stage");
            params.and("stage", stage);
        }
        return CriminalReferral.<CriminalReferral>find(query.toString(), Sort.descending("createdAt"), params)
                .page(0, 500).list();
    }

    private static Uni<List<CriminalStep>> steps(CriminalReferral c) {
        return CriminalStep.<CriminalStep>find("criminalReferralId", Sort.ascending("at"), c.id).list();
    }
}
