package cn.lianxi.liaison.mapping;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.DeliveryReceipt;

/**
 * The evidence of one referral (证据材料): the court's sealed order, the agency's latest answer exactly as it sent it,
 * and the platform's signed receipts in the order they were issued; each verifies offline with its party's public key
 * ({@code GET /seals/keys}). {@code sealedOrder} and {@code answer} are absent while there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceView(SealedOrder sealedOrder, Answer answer, List<DeliveryReceipt> receipts) {

    /**
     * The agency's latest answer, amendment or rejection.
     *
     * @param keyId    the agency whose key sealed it
     * @param seal     its detached JWS over {@code document}, or null when it was admitted unsealed
     * @param document the exact bytes it sent (UTF-8)
     * @param digest   SHA-256 (hex) of those bytes
     */
    public record Answer(String keyId, String seal, String document, String digest) {
    }
}
