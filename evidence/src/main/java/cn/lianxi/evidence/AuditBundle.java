package cn.lianxi.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An exported piece of evidence (存证包): audit entries of one service, the anchors of them that other services keep,
 * the sealed records (measures, answers, receipts (回执)) with the exact text that was sealed, and the public keys to
 * check them. {@link BundleVerifier} checks it offline, needing nothing but the bundle.
 *
 * @param service the service whose audit log the entries are from, e.g. case-service
 * @param scope what was exported: {@code subject:<subject>} (only the entries about one subject, so gaps in the
 *        sequence are expected), or anything else (e.g. {@code range:2026-01-01..2026-01-31}, {@code all}), which
 *        promises every entry between the lowest and the highest sequence number, so a gap is a removed entry
 * @param publicKeys key id → PEM "PUBLIC KEY" (SubjectPublicKeyInfo)
 */
public record AuditBundle(String service, Instant exportedAt, String scope, List<Entry> entries, List<Anchor> anchors,
        List<SealedItem> sealed, Map<String, String> publicKeys) {

    private static final String SUBJECT_SCOPE = "subject:";

    public AuditBundle {
        Objects.requireNonNull(service, "service");
        entries = entries == null ? List.of() : List.copyOf(entries);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        sealed = sealed == null ? List.of() : List.copyOf(sealed);
        publicKeys = publicKeys == null ? Map.of() : Map.copyOf(publicKeys);
    }

    /** One audit entry as stored: its content, the previous entry's hash and its own. */
    public record Entry(long seq, Instant at, String actor, String action, String subject, String detail,
            String prevHash, String hash) {

        public Entry {
            at = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /**
     * A sealed record. {@code content} is exactly the text that was sealed (UTF-8), e.g. the canonical JSON of a
     * measure; {@code kind} says what it is (measure, answer, receipt) and {@code ref} which one.
     */
    public record SealedItem(String kind, String ref, String keyId, String content, String seal) {
    }

    /** The scope of a bundle of the entries about {@code subject}. */
    public static String subjectScope(String subject) {
        return SUBJECT_SCOPE + subject;
    }

    /** Whether the bundle promises every entry between its lowest and highest sequence number. */
    @JsonIgnore
    public boolean isContiguous() {
        return scope == null || !scope.startsWith(SUBJECT_SCOPE);
    }

    /** This bundle with {@code more} anchors added (the export merges the ones a witness service keeps). */
    public AuditBundle withAnchors(List<Anchor> more) {
        List<Anchor> all = new ArrayList<>(anchors);
        all.addAll(more);
        return new AuditBundle(service, exportedAt, scope, entries, all, sealed, publicKeys);
    }

    public static AuditBundle read(Path file) throws IOException {
        return Canonical.MAPPER.readValue(file.toFile(), AuditBundle.class);
    }

    /** Writes the bundle as indented JSON (readable in any editor; the verifier does not depend on the layout). */
    public void write(Path file) throws IOException {
        Files.write(file, Canonical.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }
}
