package cn.lianxi.credit.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CreditRepair;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Credit repair (信用修复): a respondent whose debt is performed applies; an officer approves or rejects with
 * reasons. Approval lifts what is still active on the respondent in that case and issues a certificate whose
 * verification code anyone can check.
 */
@ApplicationScoped
public class CreditRepairService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRecords cases;
    private final SanctionLifting lifting;
    private final AuditLog audit;
    private final Clock clock;

    public CreditRepairService(CaseRecords cases, SanctionLifting lifting, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.lifting = lifting;
        this.audit = audit;
        this.clock = clock;
    }

    /** Inside a transaction. Refused (nothing stored) unless the debt of the case is performed. */
    public Uni<CreditRepair> apply(RepairApplication request, String actor) {
        String id = request.idNumber().trim().toUpperCase();
        ListingRules.subjectType(id, "idNumber");
        return cases.get(request.caseId()).chain(c -> cases.respondent(c.id, id, "idNumber").chain(r -> {
            if (!c.debtPerformed()) {
                throw ProblemException.conflict(ProblemType.DEBT_NOT_PERFORMED,
                        "credit repair needs the debt of the case performed (履行完毕)");
            }
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
                        repair.status = CreditRepair.Status.PENDING.name();
                        repair.appliedAt = clock.instant();
                        repair.recordedBy = actor;
                        return repair.<CreditRepair>persist().call(() -> audit.append(actor, "credit-repair-applied",
                                c.id.toString(), "repair=" + repair.id));
                    });
        }));
    }

    /** Inside a transaction: approve (certificate, lifting) or reject, always with reasons. */
    public Uni<CreditRepair> decide(UUID repairId, Decision decision, String actor) {
        String reason = decision.requireReason();
        return get(repairId).chain(repair -> {
            if (!CreditRepair.Status.PENDING.name().equals(repair.status)) {
                throw ProblemException.conflict(ProblemType.ALREADY_DECIDED, "this application is decided");
            }
            repair.decidedBy = actor;
            repair.decidedAt = clock.instant();
            repair.decisionReason = reason;
            if (!decision.approve()) {
                repair.status = CreditRepair.Status.REJECTED.name();
                return audit.append(actor, "credit-repair-rejected", repair.caseId.toString(), "repair=" + repair.id)
                        .replaceWith(repair);
            }
            repair.status = CreditRepair.Status.APPROVED.name();
            repair.certificateCode = newCode();
            repair.certificateDate = PlatformClock.today(clock);
            return lifting.liftSubject(repair.caseId, repair.subjectId, LiftReason.CREDIT_REPAIR, actor)
                    .call(() -> audit.append(actor, "credit-repair-approved", repair.caseId.toString(),
                            "repair=" + repair.id + " certificate=" + repair.certificateCode))
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
