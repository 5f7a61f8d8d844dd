package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key directory written and read back, and the mistakes in one that must stop a service from starting. */
class SealKeysTest {

    private static final byte[] CONTENT = "answer".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aWrittenDirectoryLoadsBackWithAlgorithmsFromTheKeys() throws Exception {
        SealKey court = SealKeys.generate("C320505", SealAlgorithm.ES256);
        SealKey bank = SealKeys.generate("BANK-ICBC", SealAlgorithm.SM2);
        SealKey other = SealKeys.generate("BANK-BOC", SealAlgorithm.ES256);
        SealKeys.write(dir, court);
        SealKeys.write(dir, bank);
        SealKeys.write(dir, other.publicOnly());

        SealKeys loaded = SealKeys.load(dir);

        assertEquals(3, loaded.all().size());
        SealKey court2 = loaded.find("C320505").orElseThrow();
        SealKey bank2 = loaded.find("BANK-ICBC").orElseThrow();
        assertEquals(SealAlgorithm.ES256, court2.algorithm());
        assertEquals(SealAlgorithm.SM2, bank2.algorithm());
        assertTrue(court2.canSign());
        assertFalse(loaded.find("BANK-BOC").orElseThrow().canSign());
        assertArrayEquals(bank.publicKey().getEncoded(), bank2.publicKey().getEncoded());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("BANK-ICBC.key.pem"))));
        // the loaded private key seals, the original public key checks it
        SealKeys originals = SealKeys.of(List.of(bank.publicOnly()));
        assertTrue(Seals.verify(Seals.seal(bank2, CONTENT), CONTENT, "BANK-ICBC", originals).valid());
    }

    @Test
    void anExistingKeyIsNeverOverwritten() {
        SealKeys.write(dir, SealKeys.generate("C320505", SealAlgorithm.ES256));

        assertThrows(IllegalStateException.class,
                () -> SealKeys.write(dir, SealKeys.generate("C320505", SealAlgorithm.ES256)));
    }

    @Test
    void mixedUpHalvesAreRefused() throws Exception {
        SealKeys.write(dir, SealKeys.generate("C320505", SealAlgorithm.ES256));
        Path elsewhere = Files.createDirectory(dir.resolve("other"));
        SealKeys.write(elsewhere, SealKeys.generate("C320505", SealAlgorithm.ES256));
        Files.copy(elsewhere.resolve("C320505.key.pem"), dir.resolve("C320505.key.pem"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SealKeys.load(dir));
        assertTrue(e.getMessage().contains("does not belong to C320505.pub.pem"), e.getMessage());
    }

    @Test
    void aPrivateKeyWithoutItsPublicKeyIsRefused() throws Exception {
        SealKeys.write(dir, SealKeys.generate("C320505", SealAlgorithm.ES256));
        Files.delete(dir.resolve("C320505.pub.pem"));

        assertThrows(IllegalArgumentException.class, () -> SealKeys.load(dir));
    }

    @Test
    void badPemIsAClearError() {
        IllegalArgumentException notPem = assertThrows(IllegalArgumentException.class,
                () -> SealKeys.fromPublicPem("BANK-X", "hello"));
        assertTrue(notPem.getMessage().startsWith("the public key of BANK-X is not PEM"), notPem.getMessage());

        IllegalArgumentException notAKey = assertThrows(IllegalArgumentException.class,
                () -> SealKeys.fromPublicPem("BANK-X", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
        assertTrue(notAKey.getMessage().startsWith("the public key of BANK-X is not"), notAKey.getMessage());

        String privatePem = Pem.write("PRIVATE KEY", SealKeys.generate("X", SealAlgorithm.ES256).privateKey().getEncoded());
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> SealKeys.fromPublicPem("BANK-X", privatePem));
        assertEquals("the public key of BANK-X is a PEM PRIVATE KEY, not a PUBLIC KEY", wrongType.getMessage());
    }

    @Test
    void aPublicPemReadsBackToTheSameKey() {
        SealKey bank = SealKeys.generate("BANK-ICBC", SealAlgorithm.SM2);

        SealKey read = SealKeys.fromPublicPem("BANK-ICBC", bank.publicPem());

        assertEquals(SealAlgorithm.SM2, read.algorithm());
        assertArrayEquals(bank.publicKey().getEncoded(), read.publicKey().getEncoded());
        assertTrue(bank.publicPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void aKeyIdMustBeAFileName() {
        assertThrows(IllegalArgumentException.class, () -> SealKeys.generate("../etc", SealAlgorithm.ES256));
    }
}
