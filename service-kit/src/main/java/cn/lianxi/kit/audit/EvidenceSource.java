package cn.lianxi.kit.audit;

import java.util.List;

import cn.lianxi.evidence.AuditBundle;
import io.smallrye.mutiny.Uni;

/**
 * SPI: the sealed items (签章材料) a service holds about a subject (the measures sent, the agency answers, the
 * receipts, each with the exact text sealed), put into the subject's audit bundle so the verifier checks each seal.
 * The kit has none; each service that seals contributes its own bean.
 */
public interface EvidenceSource {

    Uni<List<AuditBundle.SealedItem>> sealedFor(String subject);
}
