package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import cn.lianxi.evidence.SealCheck.Outcome;

/** Sealing and checking with both algorithms, and every way a seal can fail, each with the reason a clerk reads. */
class SealsTest {

    private static final byte[] MEASURE = "{\"amount\":\"1200.50\",\"case\":\"(2026)苏0505执123号\"}"
            .getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void aSealHoldsForItsContentAndSigner(SealAlgorithm algorithm) {
        SealKey court = SealKeys.generate("C320505", algorithm);
        String seal = Seals.seal(court, MEASURE);

        String[] parts = seal.split("\\.", -1);
        assertEquals(3, parts.length);
        assertEquals("", parts[1], "the content is detached");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"" + algorithm.joseName() + "\""), header);
        assertTrue(header.contains("\"kid\":\"C320505\""), header);
        assertTrue(header.contains("\"b64\":false"), header);
        assertTrue(header.contains("\"crit\":[\"b64\"]"), header);
        assertEquals(64, Base64.getUrlDecoder().decode(parts[2]).length, "raw R||S");

        SealCheck check = Seals.verify(seal, MEASURE, "C320505", SealKeys.of(List.of(court.publicOnly())));
        assertTrue(check.valid(), check.reason());
        assertEquals("C320505", check.keyId());
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void aChangedByteIsAMismatch(SealAlgorithm algorithm) {
        SealKey bank = SealKeys.generate("BANK-ICBC", algorithm);
        String seal = Seals.seal(bank, MEASURE);
        byte[] altered = MEASURE.clone();
        altered[12] = (byte) '9';

        SealCheck check = Seals.verify(seal, altered, "BANK-ICBC", SealKeys.of(List.of(bank)));

        assertEquals(Outcome.MISMATCH, check.outcome());
        assertEquals("the content does not match its seal (altered after sealing)", check.reason());
    }

    @Test
    void anotherPartysSealIsTheWrongKeyNamingBoth() {
        SealKey boc = SealKeys.generate("BANK-BOC", SealAlgorithm.ES256);
        SealKey icbc = SealKeys.generate("BANK-ICBC", SealAlgorithm.SM2);

        SealCheck check = Seals.verify(Seals.seal(boc, MEASURE), MEASURE, "BANK-ICBC", SealKeys.of(List.of(boc, icbc)));

        assertEquals(Outcome.WRONG_KEY, check.outcome());
        assertEquals("sealed by BANK-BOC, not by BANK-ICBC", check.reason());
    }

    @Test
    void aKeyIdWithAnotherKeyBehindItIsAMismatch() {
        SealKey forger = SealKeys.generate("BANK-ICBC", SealAlgorithm.ES256);
        SealKey real = SealKeys.generate("BANK-ICBC", SealAlgorithm.ES256);

        SealCheck check = Seals.verify(Seals.seal(forger, MEASURE), MEASURE, "BANK-ICBC", SealKeys.of(List.of(real)));

        assertEquals(Outcome.MISMATCH, check.outcome());
    }

    @Test
    void anUnknownKeyIsNamed() {
        SealKey bank = SealKeys.generate("BANK-X", SealAlgorithm.ES256);

        SealCheck check = Seals.verify(Seals.seal(bank, MEASURE), MEASURE, "BANK-X", SealKeys.empty());

        assertEquals(Outcome.UNKNOWN_KEY, check.outcome());
        assertEquals("no seal key is known for BANK-X", check.reason());
    }

    @Test
    void noSealIsMissing() {
        for (String none : new String[] { null, "", "  " }) {
            SealCheck check = Seals.verify(none, MEASURE, "BANK-X", SealKeys.empty());
            assertEquals(Outcome.MISSING, check.outcome());
            assertEquals("no seal", check.reason());
            assertEquals("BANK-X", check.keyId());
        }
    }

    @Test
    void garbageIsMalformed() {
        SealKey bank = SealKeys.generate("BANK-X", SealAlgorithm.ES256);
        SealKeys keys = SealKeys.of(List.of(bank));
        String seal = Seals.seal(bank, MEASURE);
        String attached = seal.replace("..", ".eyJ4IjoxfQ.");
        String[] notJws = { "garbage", "a.b", "!!!..???", attached };

        for (String bad : notJws) {
            SealCheck check = Seals.verify(bad, MEASURE, "BANK-X", keys);
            assertEquals(Outcome.MALFORMED, check.outcome(), bad);
            assertFalse(check.valid());
        }
    }

    @Test
    void anAlgorithmThatIsNotTheKeysIsMalformed() {
        SealKey sm2 = SealKeys.generate("BANK-X", SealAlgorithm.SM2);
        SealKey es256 = new SealKey("BANK-X", SealAlgorithm.ES256,
                SealKeys.generate("BANK-X", SealAlgorithm.ES256).publicKey(), null);

        SealCheck check = Seals.verify(Seals.seal(sm2, MEASURE), MEASURE, "BANK-X", SealKeys.of(List.of(es256)));

        assertEquals(Outcome.MALFORMED, check.outcome());
        assertEquals("the seal claims algorithm SM2, but the key of BANK-X is ES256", check.reason());
    }
}
