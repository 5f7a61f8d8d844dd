package cn.lianxi.liaison;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.lianxi.evidence.SealAlgorithm;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;

/**
 * Seal keys of test courts, as case-service holds them: written into the test key directory
 * ({@code %test.lianxi.seal.keys}), where the service's seal ring finds a court's public key on its first miss.
 */
public final class CourtKeys {

    /** The test profile's key directory, relative to the module as Maven runs the tests. */
    public static final Path DIR = Path.of("target/test-seals");

    private CourtKeys() {
    }

    /** The court's key pair, made and written on first use; the same pair on every later use in any test run. */
    public static synchronized SealKey of(String court) {
        SealKeys written = Files.isDirectory(DIR) ? SealKeys.load(DIR) : SealKeys.empty();
        return written.find(court).filter(SealKey::canSign).orElseGet(() -> {
            SealKey key = SealKeys.generate(court, SealAlgorithm.ES256);
            SealKeys.write(DIR, key);
            return key;
        });
    }

    /** A key pair named {@code keyId} that no directory holds: a forger's, or a party nobody registered. */
    public static SealKey unknown(String keyId) {
        return SealKeys.generate(keyId, SealAlgorithm.ES256);
    }
}
