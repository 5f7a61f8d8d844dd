package cn.lianxi.kit.seal;

import java.nio.file.Path;
import java.util.Optional;

import cn.lianxi.evidence.SealAlgorithm;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The seal (电子签章) settings of a service. */
@ConfigMapping(prefix = "lianxi.seal")
public interface SealConfig {

    /**
     * The key directory ({@code LIANXI_SEAL_KEYS}): the private keys ({@code <keyId>.key.pem}) of the parties this
     * service seals for and the public keys ({@code <keyId>.pub.pem}) of all. The launcher's {@code
     * $LIANXI_HOME/seals} in development, a mounted Kubernetes Secret in production.
     */
    Optional<Path> keys();

    /** The key id the service seals its own anchors and receipts with: its name. */
    @WithDefault("${quarkus.application.name}")
    String serviceKeyId();

    /**
     * Whether every seal is required (production): no key is made up, and what is unsealed, or sealed by a key
     * nobody knows, is refused. Off in development and tests, which generate missing keys.
     */
    @WithDefault("false")
    boolean required();

    /** The algorithm of keys generated in development and tests. */
    @WithDefault("ES256")
    SealAlgorithm algorithm();
}
