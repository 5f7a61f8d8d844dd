package cn.lianxi.kit.seal;

import java.util.List;

import cn.lianxi.evidence.SealKey;
import io.smallrye.mutiny.Uni;

/**
 * SPI: public seal keys a service holds outside the key directory (agency-liaison-service's agency keys, registered
 * in its database). Every bean of this type is asked by {@code GET /seals/keys} and by the audit bundle, so a verifier
 * gets every key it needs from the service that checked the seals.
 */
public interface SealKeySource {

    /** The public keys (private parts absent or ignored). */
    Uni<List<SealKey>> publicKeys();
}
