package cn.lianxi.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An anchor (锚定) of a service's audit log: the hashes of its entries {@code fromSeq..toSeq}, sealed by the service
 * and published to {@code audit.anchors.v1}, where the other services keep copies. Once published, rewriting an
 * anchored entry in the service's own database no longer goes unnoticed: the copies elsewhere still hold the old
 * hash. A heartbeat anchors nothing new ({@code fromSeq = toSeq + 1}, no hashes) and repeats the head, so a copy
 * holder knows the log was not cut back.
 *
 * @param headHash the hash of entry {@code toSeq}
 * @param at when the anchor was made; kept to the microsecond, like every stored time, so a copy read back from a
 *        database still matches its seal
 * @param seal the service's seal over {@link #sealedContent()}; null before sealing
 */
public record Anchor(@NotBlank String service, long fromSeq, long toSeq, String headHash,
        @NotNull List<@NotNull String> hashes, @NotNull Instant at,
        String seal) {

    public Anchor {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(at, "at");
        hashes = hashes == null ? List.of() : List.copyOf(hashes);
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** An unsealed anchor of entries {@code fromSeq ..} with {@code hashes} (at least one). */
    public static Anchor covering(String service, long fromSeq, List<String> hashes, Instant at) {
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("an anchor of entries needs at least one hash; use heartbeat");
        }
        return new Anchor(service, fromSeq, fromSeq + hashes.size() - 1, hashes.get(hashes.size() - 1), hashes, at, null);
    }

    /** An unsealed heartbeat: nothing new since entry {@code headSeq}, whose hash is {@code headHash}. */
    public static Anchor heartbeat(String service, long headSeq, String headHash, Instant at) {
        return new Anchor(service, headSeq + 1, headSeq, headHash, List.of(), at, null);
    }

    @JsonIgnore
    public boolean isHeartbeat() {
        return hashes.isEmpty();
    }

    /** The anchored hash of entry {@code seq}, if this anchor covers it (a heartbeat covers its head). */
    public Optional<String> hashAt(long seq) {
        if (seq >= fromSeq && seq <= toSeq && seq - fromSeq < hashes.size()) {
            return Optional.of(hashes.get((int) (seq - fromSeq)));
        }
        return seq == toSeq && headHash != null ? Optional.of(headHash) : Optional.empty();
    }

    /** What the seal signs: the canonical JSON of this anchor without its seal. */
    public byte[] sealedContent() {
        return Canonical.bytes(new Anchor(service, fromSeq, toSeq, headHash, hashes, at, null));
    }

    /** This anchor sealed by the service's own key (whose id must be the service's name). */
    public Anchor sealedWith(SealKey key) {
        if (!service.equals(key.keyId())) {
            throw new IllegalArgumentException("an anchor of " + service + " is sealed by " + service + ", not by " + key.keyId());
        }
        return new Anchor(service, fromSeq, toSeq, headHash, hashes, at, Seals.seal(key, sealedContent()));
    }

    /** Whether the seal holds: made by {@code service}'s key over exactly this anchor. */
    public SealCheck check(SealKeys keys) {
        return Seals.verify(seal, sealedContent(), service, keys);
    }
}
