package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AnchorGate;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Referral;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.config.ReferralConfig;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Staff requests and the overseers' views of referrals. */
@ApplicationScoped
public class ReferralService {

    /** These belong to the 拒执罪 workflow and are created by it, never directly. */
    private static final Set<ReferralKind> WORKFLOW_KINDS = EnumSet.of(ReferralKind.CRIMINAL_REFERRAL,
            ReferralKind.FILING_SUPERVISION, ReferralKind.PROSECUTION_REVIEW);

    private final ReferralFactory factory;
    private final ReferralRepository referrals;
    private final ReferralConfig config;
    private final Clock clock;
    private final AnchorGate anchors;

    public ReferralService(ReferralFactory factory, ReferralRepository referrals, ReferralConfig config, Clock clock,
            AnchorGate anchors) {
        this.anchors = anchors;
        this.factory = factory;
        this.referrals = referrals;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Referral> request(String courtCode, ReferralCommand command, String actor) {
        if (WORKFLOW_KINDS.contains(command.kind())) {
            throw ProblemException.badRequest(ProblemType.WORKFLOW_KIND, "kind",
                    "criminal referrals are started through /criminal-referrals");
        }
        var respondent = command.payload().respondent();
        checkIdNumber(respondent.type(), respondent.idNumber(), "respondentIdNumber");
        // a new cross-agency message waits until the audit log is anchored (503 audit-unanchored otherwise)
        return anchors.ensureAnchored().chain(() -> factory.create(new NewReferral(command.caseId(),
                command.caseNumber(), courtCode, command.agencyId(), command.kind(), command.payload(), null, actor,
                null, null)));
    }

    @WithSession
    public Uni<ReferralPage> search(ReferralRepository.Filter filter, int page, int size) {
        return referrals.page(filter, (long) page * size, size).chain(items -> referrals
                .countUpTo(filter, ReferralPage.COUNT_CAP + 1).map(count -> ReferralPage.of(items, count, null)));
    }

    @WithSession
    public Uni<Referral> get(UUID id) {
        return referrals.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("referral"));
    }

    @WithSession
    public Uni<List<Referral>> overdue(String agencyId, int page, int size) {
        return referrals.overdue(agencyId, clock.instant(), page, size);
    }

    /** Answered freezes of the court (all when null) that lapse within the warning window: renew them in time. */
    @WithSession
    public Uni<List<Referral>> freezesEndingSoon(String courtCode) {
        return referrals.freezesEndingBefore(courtCode, config.freezeWarningHorizon(clock));
    }

    /** GB 11643 for a person, GB 32100 for a company. */
    public static void checkIdNumber(PartyType type, String idNumber, String field) {
        String upper = idNumber.toUpperCase();
        var error = type == PartyType.COMPANY ? IdentityNumbers.creditCodeError(upper)
                : IdentityNumbers.residentIdError(upper);
        error.ifPresent(e -> {
            throw ProblemException.badRequest(ProblemType.INVALID_ID_NUMBER, field, e);
        });
    }
}
