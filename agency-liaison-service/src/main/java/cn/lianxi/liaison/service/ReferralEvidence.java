package cn.lianxi.liaison.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.evidence.AuditBundle.SealedItem;
import cn.lianxi.kit.audit.EvidenceSource;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.EvidenceView;
import cn.lianxi.liaison.mapping.SealedOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The sealed evidence of referrals: for the evidence endpoint, and for the audit bundle of a case or referral
 * ({@link EvidenceSource}) as sealed items with the exact text each seal covers: {@code court-order} (the court's
 * sealed order), {@code agency-answer} (the agency's sealed latest answer) and {@code receipt-<stage>} (the
 * platform's receipts), each {@code ref} the referral id.
 */
@ApplicationScoped
public class ReferralEvidence implements EvidenceSource {

    private final Receipts receipts;

    public ReferralEvidence(Receipts receipts) {
        this.receipts = receipts;
    }

    /** One referral's evidence; the caller has checked that it may see the referral. */
    @WithSession
    public Uni<EvidenceView> of(Referral r) {
        return receipts.of(r).map(rows -> new EvidenceView(order(r),
                r.answerDocument == null ? null
                        : new EvidenceView.Answer(r.agencyId, r.answerSeal, r.answerDocument, r.answerDigest),
                rows.stream().map(receipts::read).toList()));
    }

    /** The sealed items of a referral, or of every referral of a case; nothing for a subject that is neither. */
    @Override
    public Uni<List<SealedItem>> sealedFor(String subject) {
        UUID id;
        try {
            id = UUID.fromString(subject);
        } catch (IllegalArgumentException notAnId) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> Referral.<Referral>find("id = ?1 or caseId = ?1 order by createdAt, id", id)
                .list()
                .chain(list -> Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(this::items)
                        .collect().asList())
                .map(lists -> lists.stream().flatMap(List::stream).toList()));
    }

    private Uni<List<SealedItem>> items(Referral r) {
        String ref = r.id.toString();
        List<SealedItem> items = new ArrayList<>();
        SealedOrder order = order(r);
        if (order != null) {
            items.add(new SealedItem("court-order", ref, order.keyId(), order.document(), order.seal()));
        }
        if (r.answerSeal != null) {
            items.add(new SealedItem("agency-answer", ref, r.agencyId, r.answerDocument, r.answerSeal));
        }
        return receipts.of(r).map(rows -> {
            rows.forEach(row -> items.add(new SealedItem("receipt-" + row.stage.name().toLowerCase(), ref,
                    receipts.read(row).issuer(), row.receipt, row.seal)));
            return items;
        });
    }

    private static SealedOrder order(Referral r) {
        return SealedOrder.stored(r.orderSealedBy, r.orderSeal, r.orderDocument);
    }
}
