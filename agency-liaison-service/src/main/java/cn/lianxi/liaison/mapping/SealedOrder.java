package cn.lianxi.liaison.mapping;

import java.nio.charset.StandardCharsets;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.evidence.Canonical;

/**
 * The court's sealed order (加盖电子签章的协助执行通知): the order exactly as the court sealed it and the seal, so an
 * agency or a judge can verify it with the court's public key alone.
 *
 * @param keyId    the court code whose key sealed it
 * @param seal     the detached JWS (compact {@code header..signature})
 * @param document the canonical JSON of the case event without its seal: the bytes the seal covers (UTF-8); left
 *                 out of the masked views of overseers, since it names the respondents in full
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record SealedOrder(String keyId, String seal, String document) {

    /** The order an admitted case event carries, or null when the court sent it unsealed. */
    public static SealedOrder of(CaseEvent event) {
        return event.seal() == null ? null
                : new SealedOrder(event.courtCode(), event.seal(), Canonical.text(event.withSeal(null)));
    }

    /** The order stored with a referral, or null when it was not sealed. */
    public static SealedOrder stored(String keyId, String seal, String document) {
        return seal == null ? null : new SealedOrder(keyId, seal, document);
    }

    /** SHA-256 (hex) of the document, what the delivery receipts name. */
    public String digest() {
        return Canonical.sha256(document.getBytes(StandardCharsets.UTF_8));
    }
}
