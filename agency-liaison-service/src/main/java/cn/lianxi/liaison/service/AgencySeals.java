package cn.lianxi.liaison.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.seal.SealKeySource;
import cn.lianxi.kit.seal.SealRing;
import cn.lianxi.kit.seal.SealRing.Admission;
import cn.lianxi.liaison.Agency;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The agencies' seals (电子签章): their registered public keys ({@code agency.seal_key}, key id = the agency id),
 * served by {@code GET /seals/keys} and put in audit bundles, and the check of every answer, amendment and rejection
 * against the key of the agency that sent it. A seal that does not match the exact bytes, names another agency or
 * is missing although the agency's key is known is refused (400 {@code invalid-seal} naming {@code Lianxi-Seal});
 * an agency without a known key may answer unsealed only where seals are not required (development, tests).
 */
@ApplicationScoped
public class AgencySeals implements SealKeySource {

    /** The HTTP header of the agency's seal over the request body; on Kafka its lower-case name. */
    public static final String HEADER = "Lianxi-Seal";

    private final SealRing ring;

    public AgencySeals(SealRing ring) {
        this.ring = ring;
    }

    /** Asked outside any request of this service's own (the kit's key listing, audit bundles): its own session. */
    @Override
    public Uni<List<SealKey>> publicKeys() {
        return Panache.withSession(() -> Agency.<Agency>find("sealKey is not null order by id").list())
                .map(list -> list.stream().map(AgencySeals::keyOf).toList());
    }

    /**
     * Checks {@code message} from {@code agencyId}: the message as admitted, its seal left out when it was admitted
     * unsealed (so nothing claims a seal nobody checked).
     *
     * @throws ProblemException 400 {@code invalid-seal} naming {@code Lianxi-Seal}, with the reason, when refused
     */
    public Uni<AgencyMessage> admit(String agencyId, AgencyMessage message) {
        return Agency.<Agency>findById(agencyId).map(agency -> {
            SealKeys registered = agency == null || agency.sealKey == null ? SealKeys.empty()
                    : SealKeys.of(List.of(keyOf(agency)));
            SealCheck check = ring.verify(message.seal(), message.body(), agencyId, registered);
            Admission admission = ring.admit(check, registered);
            if (admission == Admission.REFUSED) {
                throw ProblemException.badRequest(ProblemType.INVALID_SEAL, HEADER, check.reason());
            }
            return admission == Admission.SEALED ? message : new AgencyMessage(message.body(), null);
        });
    }

    /** A registered PEM, which was checked when it was registered. */
    private static SealKey keyOf(Agency agency) {
        return SealKeys.fromPublicPem(agency.id, agency.sealKey);
    }
}
