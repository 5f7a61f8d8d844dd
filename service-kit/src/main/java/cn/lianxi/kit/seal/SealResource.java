package cn.lianxi.kit.seal;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.evidence.SealAlgorithm;
import io.smallrye.mutiny.Uni;

/**
 * The public seal keys (签章公钥) this service knows, for anyone: a public key proves nothing and reveals nothing (it
 * only lets its holder check seals), and the verifier, a court clerk or an agency must be able to fetch it without
 * an account of the platform to check a seal independently. Private keys never leave the key directory.
 */
@Path("/seals")
@Tag(name = "seals")
@PermitAll
public class SealResource {

    /** One public key as served. */
    public record PublishedKey(String keyId, SealAlgorithm algorithm, String publicKeyPem) {
    }

    private final SealRing ring;

    public SealResource(SealRing ring) {
        this.ring = ring;
    }

    @GET
    @Path("/keys")
    @Operation(summary = "The public seal keys this service knows (its own, the key directory's, registered ones), "
            + "sorted by key id; no token needed")
    public Uni<List<PublishedKey>> keys() {
        return ring.knownKeys().map(keys -> keys.stream()
                .map(k -> new PublishedKey(k.keyId(), k.algorithm(), k.publicPem())).toList());
    }
}
