package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.lianxi.evidence.SealCheck.Outcome;

/** An anchor sealed by its service holds through a JSON round trip, and not when its hashes or its signer change. */
class AnchorTest {

    private static final Instant AT = Instant.parse("2026-12-03T09:00:00.123456789Z");

    @Test
    void aSealedAnchorHoldsThroughJson() throws Exception {
        SealKey service = SealKeys.generate("case-service", SealAlgorithm.ES256);
        Anchor anchor = Anchor.covering("case-service", 11, List.of("h11", "h12", "h13"), AT).sealedWith(service);

        Anchor read = Canonical.MAPPER.readValue(Canonical.bytes(anchor), Anchor.class);

        assertEquals(anchor, read);
        assertEquals(13, read.toSeq());
        assertEquals("h13", read.headHash());
        assertEquals(Optional.of("h12"), read.hashAt(12));
        assertEquals(Optional.empty(), read.hashAt(14));
        assertTrue(read.check(SealKeys.of(List.of(service.publicOnly()))).valid());
        assertFalse(new String(read.sealedContent(), java.nio.charset.StandardCharsets.UTF_8).contains("seal"));
    }

    @Test
    void anAlteredAnchorOrAnotherSignerFails() {
        SealKey service = SealKeys.generate("case-service", SealAlgorithm.SM2);
        SealKey liaison = SealKeys.generate("agency-liaison-service", SealAlgorithm.ES256);
        SealKeys keys = SealKeys.of(List.of(service, liaison));
        Anchor anchor = Anchor.covering("case-service", 1, List.of("h1", "h2"), AT).sealedWith(service);
        Anchor altered = new Anchor("case-service", 1, 2, "h2", List.of("hX", "h2"), anchor.at(), anchor.seal());
        Anchor forged = new Anchor("case-service", 1, 2, "h2", List.of("h1", "h2"), AT,
                Seals.seal(liaison, anchor.sealedContent()));

        assertEquals(Outcome.MISMATCH, altered.check(keys).outcome());
        assertEquals("sealed by agency-liaison-service, not by case-service", forged.check(keys).reason());
        assertThrows(IllegalArgumentException.class, () -> anchor.sealedWith(liaison));
    }

    @Test
    void aHeartbeatRepeatsTheHead() {
        Anchor heartbeat = Anchor.heartbeat("case-service", 40, "h40", AT);

        assertTrue(heartbeat.isHeartbeat());
        assertEquals(41, heartbeat.fromSeq());
        assertEquals(Optional.of("h40"), heartbeat.hashAt(40));
        assertEquals(Optional.empty(), heartbeat.hashAt(41));
    }
}
