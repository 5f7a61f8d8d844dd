package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseFreeze;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.FreezeLink;
import cn.lianxi.cases.FreezeStatus;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import io.smallrye.mutiny.Uni;

/**
 * The case's register of its freezes (冻结登记): every freeze order, the renewal, unfreeze and deduction orders linked
 * to it, and its status as the banks' outcomes tell it. It follows the published orders themselves (every
 * {@code MeasureOrdered} step the writer stores, whoever decided it: a court event, a conclusion's effects), so it
 * never disagrees with the timeline. Every method runs inside the caller's transaction.
 */
@ApplicationScoped
public class FreezeRegister {

    private final Clock clock;

    public FreezeRegister(Clock clock) {
        this.clock = clock;
    }

    /** The case's freezes, oldest first, whatever their status. */
    public Uni<List<RegisteredFreeze>> of(UUID caseId) {
        return CaseFreeze.<CaseFreeze>list("caseId = ?1 order by orderedAt, requestId", caseId)
                .chain(freezes -> FreezeLink.<FreezeLink>list("caseId", caseId).map(links -> {
                    Map<UUID, List<FreezeLink>> byFreeze = links.stream()
                            .collect(Collectors.groupingBy(l -> l.freezeId));
                    return freezes.stream().map(f -> view(f, byFreeze.getOrDefault(f.id, List.of()))).toList();
                }));
    }

    /** The case's freezes in force (ordered, queued, frozen or expiring), oldest first. */
    public Uni<List<RegisteredFreeze>> inForce(UUID caseId) {
        return of(caseId).map(all -> all.stream().filter(RegisteredFreeze::inForce).toList());
    }

    /** Registers an order the writer stores: a freeze, or an order linked to one of the case's freezes. */
    Uni<Void> ordered(EnforcementCase c, CaseEventDetail detail) {
        if (!(detail instanceof CaseEventDetail.MeasureOrdered measure)) {
            return Uni.createFrom().voidItem();
        }
        AccountOrder order = measure.order();
        if (measure instanceof CaseEventDetail.FreezeOrdered) {
            return newFreeze(c, order).persist().replaceWithVoid();
        }
        if (order.freezeRequestId() == null) {
            return Uni.createFrom().voidItem();
        }
        return freeze(c.id, order.freezeRequestId()).chain(f -> {
            if (f == null) { // a freeze from before the register (or outside the platform): the order stands alone
                return Uni.createFrom().voidItem();
            }
            FreezeLink link = new FreezeLink();
            link.id = UUID.randomUUID();
            link.caseId = c.id;
            link.requestId = order.requestId();
            link.freezeId = f.id;
            link.kind = measure.referralKind();
            link.orderedAmount = order.amount();
            return link.persist().replaceWithVoid();
        });
    }

    /**
     * A bank's outcome on a freeze or on an order linked to one ({@code requestId}): the freeze's status, amount and
     * end follow it. An outcome of no registered order changes nothing here.
     */
    Uni<Void> answered(UUID caseId, ReferralOutcome o) {
        if (o.requestId() == null) {
            return Uni.createFrom().voidItem();
        }
        return freeze(caseId, o.requestId()).chain(f -> f != null ? Uni.createFrom().item(new Target(f, null))
                : FreezeLink.<FreezeLink>find("caseId = ?1 and requestId = ?2", caseId, o.requestId()).firstResult()
                        .chain(link -> link == null ? Uni.createFrom().<Target>nullItem()
                                : CaseFreeze.<CaseFreeze>findById(link.freezeId).map(lf -> new Target(lf, link))))
                .chain(target -> target == null ? Uni.createFrom().voidItem() : follow(target, o));
    }

    private record Target(CaseFreeze freeze, FreezeLink link) {
    }

    private Uni<Void> follow(Target t, ReferralOutcome o) {
        CaseFreeze f = t.freeze();
        FreezeLink link = t.link();
        FreezeLifecycle.apply(f, link, o);
        f.updatedAt = clock.instant();
        return FreezeLink.<FreezeLink>list("freezeId", f.id).map(links -> {
            if (f.frozenAmount != null && f.status.inForce() && held(f, links).signum() == 0) {
                f.status = FreezeStatus.RELEASED; // everything it held was released or deducted
            }
            return null;
        });
    }

    private static Uni<CaseFreeze> freeze(UUID caseId, String requestId) {
        return CaseFreeze.<CaseFreeze>find("caseId = ?1 and requestId = ?2", caseId, requestId).firstResult();
    }

    private CaseFreeze newFreeze(EnforcementCase c, AccountOrder order) {
        Instant now = clock.instant();
        CaseFreeze f = new CaseFreeze();
        f.id = UUID.randomUUID();
        f.caseId = c.id;
        f.requestId = order.requestId();
        f.respondentIdNumber = order.respondent().idNumber();
        f.bankCode = order.bankCode();
        f.agencyId = order.agencyId();
        f.accountNumber = order.accountNumber();
        f.orderedAmount = order.amount();
        f.status = FreezeStatus.ORDERED;
        f.orderedAt = now;
        f.updatedAt = now;
        return f;
    }

    private static RegisteredFreeze view(CaseFreeze f, List<FreezeLink> links) {
        return new RegisteredFreeze(f.requestId, f.respondentIdNumber, f.bankCode, f.agencyId, f.accountNumber,
                f.orderedAmount, f.frozenAmount, f.frozenUntil, f.status, held(f, links));
    }

    /** The frozen (else ordered) amount less what answered unfreezes and deductions took; never negative. */
    static BigDecimal held(CaseFreeze f, List<FreezeLink> links) {
        BigDecimal base = f.frozenAmount != null ? f.frozenAmount : f.orderedAmount;
        BigDecimal taken = links.stream()
                .filter(l -> l.answeredAmount != null
                        && (l.kind == ReferralKind.UNFREEZE || l.kind == ReferralKind.DEDUCTION))
                .map(l -> l.answeredAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.cny(base.subtract(taken).max(BigDecimal.ZERO));
    }

    /** Only a freeze result carries a new end; other answers keep the freeze's. */
    static ReferralResult.Freeze freezeResult(ReferralOutcome o) {
        return o.result() instanceof ReferralResult.Freeze f ? f : null;
    }
}
