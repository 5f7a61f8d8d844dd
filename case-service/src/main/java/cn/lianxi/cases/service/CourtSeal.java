package cn.lianxi.cases.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.Seals;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.seal.SealRing;

/**
 * The court's seal (法院电子签章) on every case event case-service publishes: a detached JWS by the key of the event's
 * court over the canonical JSON of the event without its seal, so an agency, the court or an auditor can check with
 * the court's public key alone that the order was issued by that court and not altered since. Without the court's
 * private key where seals are required (production), nothing goes out unsealed: the request fails instead.
 */
@ApplicationScoped
public class CourtSeal {

    private final SealRing ring;

    public CourtSeal(SealRing ring) {
        this.ring = ring;
    }

    /**
     * {@code event} (built without a seal) sealed by its court; a 503 naming the court's missing key when seals are
     * required and case-service holds none for it.
     */
    public CaseEvent seal(CaseEvent event) {
        SealKey signer = ring.signer(event.courtCode()).orElseThrow(() -> new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE, 503, "no private seal key of court " + event.courtCode() + " ("
                        + event.courtCode() + ".key.pem) is held by case-service: its case events cannot be sealed, "
                        + "and none goes out unsealed", null));
        CaseEvent unsealed = event.withSeal(null);
        return unsealed.withSeal(Seals.seal(signer, Canonical.bytes(unsealed)));
    }
}
