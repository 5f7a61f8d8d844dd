package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Money;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import io.smallrye.mutiny.Uni;

/**
 * The judge's measures on a person and on seized property, published as case events for liaison to refer: an exit
 * ban (限制出境, 民事诉讼法 2023 art. 266; of the court's own motion or on the applicant's written application,
 * 法释〔2008〕13号 art. 36) and its lifting (art. 38), and the hand-off of a seized asset to the judicial auction
 * (网络司法拍卖, 法释〔2016〕18号 art. 2, with its reserve price, 起拍价, art. 10). Each is a timeline step of the case, in
 * the case's transaction with its outbox event; the case must be active (neither suspended nor concluded).
 */
@ApplicationScoped
public class PersonAndAssetOrders {

    /** The idempotency ledger's consumer name for these orders. */
    static final String STEPS = "measure-steps";

    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final MeasureRegister register;
    private final ProcessedEvents processed;
    private final AuditLog audit;

    public PersonAndAssetOrders(CaseRepository cases, CaseChangeWriter writer, MeasureRegister register,
            ProcessedEvents processed, AuditLog audit) {
        this.cases = cases;
        this.writer = writer;
        this.register = register;
        this.processed = processed;
        this.audit = audit;
    }

    /** 限制出境 on the respondent {@code idNumber} (the only one when null). */
    public Uni<EnforcementCase> exitBan(UUID caseId, String idNumber, LegalBasis basis, String reason, MeasureStep s) {
        String requestId = s.requestId();
        return order(caseId, s, "exit-ban " + caseId + " " + idNumber + " " + basis + " " + reason, c -> {
            CaseEventDetail.ExitBanOrdered detail = new CaseEventDetail.ExitBanOrdered(
                    CaseMapper.toRef(Respondents.resolve(c, idNumber)), requestId, s.officer(), basis, reason);
            return Uni.createFrom().item(CaseChange.of(c).step("限制出境 exit ban ordered (order " + requestId
                    + "), referred to the police", detail));
        }, requestId);
    }

    /** 解除限制出境 of the exit ban {@code exitBanRequestId}, which the police must have registered. */
    public Uni<EnforcementCase> exitBanLifting(UUID caseId, String exitBanRequestId, LegalBasis basis, String reason,
            MeasureStep s) {
        String requestId = s.requestId();
        return order(caseId, s, "exit-ban-lifting " + caseId + " " + exitBanRequestId + " " + basis + " " + reason,
                c -> register.registeredExitBan(c.id, exitBanRequestId).map(idNumber -> CaseChange.of(c).step(
                        "解除限制出境 lifting of exit ban " + exitBanRequestId + " ordered (order " + requestId + ")",
                        new CaseEventDetail.ExitBanLiftingOrdered(CaseMapper.toRef(Respondents.resolve(c, idNumber)),
                                requestId, exitBanRequestId, s.officer(), basis, reason))), requestId);
    }

    /** A seized asset handed to the judicial auction platform {@code agencyId} (or the one active platform). */
    public Uni<EnforcementCase> auction(UUID caseId, String assetDescription, BigDecimal reservePrice, String agencyId,
            String idNumber, LegalBasis basis, MeasureStep s) {
        String requestId = s.requestId();
        return order(caseId, s, "auction " + caseId + " " + assetDescription + " " + reservePrice + " " + agencyId
                + " " + idNumber + " " + basis, c -> Uni.createFrom().item(CaseChange.of(c).step(
                        "网络司法拍卖 " + assetDescription + " handed to the auction platform, reserve price "
                                + CaseChange.cny(reservePrice) + " (order " + requestId + ")",
                        new CaseEventDetail.AuctionHandoffOrdered(CaseMapper.toRef(Respondents.resolve(c, idNumber)),
                                requestId, assetDescription, Money.cny(reservePrice), agencyId, s.officer(), basis))),
                requestId);
    }

    private Uni<EnforcementCase> order(UUID caseId, MeasureStep s, String canonical,
            Function<EnforcementCase, Uni<CaseChange>> decide, String requestId) {
        return KeyedSteps.once(processed, STEPS, s.scopedKey(), canonical, () -> cases.findVisibleForUpdate(caseId, CourtScope.of(s.court()))
                .chain(c -> {
                    CaseTransitions.requireActive(c, "take a measure");
                    return decide.apply(c).chain(change -> writer.write(change, requestId, s.actor()))
                            .call(() -> audit.append(s.actor(), "case.measure-ordered", c.id.toString(),
                                    "requestId=" + requestId + "; by=" + s.officer().id()));
                }), () -> cases.findById(caseId));
    }
}
