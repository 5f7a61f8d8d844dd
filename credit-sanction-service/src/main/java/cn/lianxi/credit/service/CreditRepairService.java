package cn.lianxi.credit.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CreditRepair;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.config.RepairConfig;
import cn.lianxi.kit.security.SecondOfficer;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Credit repair (信用修复): a respondent applies, on a performed debt or before full performance on a configured
 * basis ({@link RepairRules}); an officer approves or rejects with reasons. Approval lifts what the repair covers on
 * the respondent in that case (every kind on a performed debt), through {@link SanctionLifting} with reason
 * {@code CREDIT_REPAIR}, each lifting announced on {@code credit.sanctions.v1} naming the repair (case-service puts
 * it on the case timeline), and issues a certificate whose verification code anyone can check. A repair before full
 * performance lifts early, so a second officer decides it: never the one who recorded it (制度铁笼; the table refuses
 * it too).
 */
@ApplicationScoped
public class CreditRepairService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRecords cases;
    private final SanctionLifting lifting;
    private final AuditLog audit;
    private final RepairConfig config;
    private final Clock clock;

    public CreditRepairService(CaseRecords cases, SanctionLifting lifting, AuditLog audit, RepairConfig config,
            Clock clock) {
        this.cases = cases;
        this.lifting = lifting;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Inside a transaction. Refused (nothing stored) unless the debt of the case is performed or the application
     * names a basis that is allowed and met ({@link RepairRules#covers}).
     */
    public Uni<CreditRepair> apply(RepairApplication request, String actor) {
        String id = request.idNumber().trim().toUpperCase();
        ListingRules.subjectType(id, "idNumber");
        return cases.get(request.caseId()).chain(c -> cases.respondent(c.id, id, "idNumber").chain(r -> {
            Set<SanctionKind> covers = RepairRules.covers(c, request.basis(), config);
            return CreditRepair.count("caseId = ?1 and subjectId = ?2 and status = ?3", c.id, id,
                    CreditRepair.Status.PENDING.name()).chain(pending -> {
                        if (pending > 0) {
                            throw ProblemException.conflict(ProblemType.REPAIR_PENDING, "an application is already pending");
                        }
                        CreditRepair repair = new CreditRepair();
                        repair.id = UUID.randomUUID();
                        repair.caseId = c.id;
                        repair.subjectName = r.name;
                        repair.subjectId = id;
                        repair.statement = request.statement();
                        repair.basis = covers == null ? null : request.basis();
                        repair.covers = covers == null ? null : covers.stream().sorted().map(Enum::name)
                                .collect(Collectors.joining(","));
                        repair.status = CreditRepair.Status.PENDING.name();
                        repair.appliedAt = clock.instant();
                        repair.recordedBy = actor;
                        return repair.<CreditRepair>persist().call(() -> audit.append(actor, "credit-repair-applied",
                                c.id.toString(), "repair=" + repair.id + " basis=" + repair.basis
                                        + " covers=" + repair.covers));
                    });
        }));
    }

    /** Inside a transaction: approve (certificate, lifting) or reject, always with reasons. */
    public Uni<CreditRepair> decide(UUID repairId, Decision decision, String actor) {
        String reason = decision.requireReason();
        // row-locked: two officers deciding at once cannot both approve (and lift twice)
        return CreditRepair.<CreditRepair>find("id", repairId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("credit repair")).chain(repair -> {
            if (!CreditRepair.Status.PENDING.name().equals(repair.status)) {
                throw ProblemException.conflict(ProblemType.ALREADY_DECIDED, "this application is decided");
            }
            if (repair.basis != null) {
                SecondOfficer.requireNotRequester(repair.recordedBy, actor);
            }
            repair.decidedBy = actor;
            repair.decidedAt = clock.instant();
            repair.decisionReason = reason;
            if (!decision.approve()) {
                repair.status = CreditRepair.Status.REJECTED.name();
                return audit.append(actor, "credit-repair-rejected", repair.caseId.toString(),
                        "repair=" + repair.id + " recordedBy=" + repair.recordedBy)
                        .replaceWith(repair);
            }
            repair.status = CreditRepair.Status.APPROVED.name();
            repair.certificateCode = newCode();
            repair.certificateDate = PlatformClock.today(clock);
            // audited before the liftings publish: the audit chain's lock comes first (SanctionExchange)
            return audit.append(actor, "credit-repair-approved", repair.caseId.toString(), "repair=" + repair.id
                    + " recordedBy=" + repair.recordedBy + " basis=" + repair.basis + " certificate="
                    + repair.certificateCode)
                    .chain(() -> lifting.liftRepaired(repair, actor))
                    .replaceWith(repair);
        });
    }

    public Uni<CreditRepair> get(UUID id) {
        return CreditRepair.<CreditRepair>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("credit repair"));
    }

    public Uni<List<CreditRepair>> list(CreditRepair.Status status) {
        return status == null ? CreditRepair.list("order by appliedAt desc")
                : CreditRepair.list("status = ?1 order by appliedAt desc", status.name());
    }

    public Uni<CreditRepair> byCertificate(String code) {
        return CreditRepair.<CreditRepair>find("certificateCode", code == null ? "" : code.trim().toUpperCase())
                .firstResult().onItem().ifNull().failWith(() -> ProblemException.notFound("certificate"));
    }

    /** 16 characters in groups of four, without look-alike characters. */
    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
