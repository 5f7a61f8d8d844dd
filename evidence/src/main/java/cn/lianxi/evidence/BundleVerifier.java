package cn.lianxi.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks an exported {@link AuditBundle} offline (存证核验): every entry's hash and link, every entry against the
 * anchors (锚定) the other services kept of it, every seal (电子签章) of a sealed record, and the anchors themselves.
 * An entry rewritten in its service's database, even with the whole chain recomputed so that it is consistent in
 * itself, still differs from the hash anchored before the rewrite, and the verdict names it.
 */
public final class BundleVerifier {

    private BundleVerifier() {
    }

    /**
     * The outcome. {@code firstBroken} is the most important broken item (the lowest-numbered broken entry, else the
     * first bad seal, else the first bad anchor), null when intact; {@code findings} lists every breaking finding in
     * that order, then the notes that do not break the bundle (entries not anchored yet, unreadable keys).
     * {@code anchored} counts the entries that match a trusted anchor, {@code seals} the sealed records whose seal holds.
     */
    public record Verdict(boolean intact, String firstBroken, List<String> findings, int entries, int anchored,
            int seals) {

        public Verdict {
            findings = List.copyOf(findings);
        }
    }

    /** An anchored hash and the anchor that published it. */
    private record Anchored(String hash, Anchor by) {
    }

    public static Verdict verify(AuditBundle bundle) {
        List<String> notes = new ArrayList<>();
        SealKeys keys = keys(bundle, notes);
        List<String> badAnchors = new ArrayList<>();
        Map<Long, Anchored> anchored = trustedAnchors(bundle, keys, badAnchors);
        TreeMap<Long, List<String>> badEntries = new TreeMap<>();
        int matching = checkEntries(bundle, anchored, badEntries, notes);
        List<String> badSeals = new ArrayList<>();
        int seals = checkSeals(bundle, keys, badSeals);

        List<String> findings = new ArrayList<>();
        badEntries.values().forEach(findings::addAll);
        findings.addAll(badSeals);
        findings.addAll(badAnchors);
        String firstBroken = findings.isEmpty() ? null : findings.get(0);
        findings.addAll(notes);
        return new Verdict(firstBroken == null, firstBroken, findings, bundle.entries().size(), matching, seals);
    }

    /** The bundle's public keys; one that cannot be read is a note, and whatever it sealed then fails as unknown. */
    private static SealKeys keys(AuditBundle bundle, List<String> notes) {
        SealKeys keys = SealKeys.empty();
        for (Map.Entry<String, String> key : bundle.publicKeys().entrySet()) {
            try {
                keys = keys.with(SealKeys.fromPublicPem(key.getKey(), key.getValue()));
            } catch (IllegalArgumentException e) {
                notes.add("public key " + key.getKey() + " cannot be read: " + e.getMessage());
            }
        }
        return keys;
    }

    /** The hash of every entry that a well-formed anchor, validly sealed by the bundle's service, published. */
    private static Map<Long, Anchored> trustedAnchors(AuditBundle bundle, SealKeys keys, List<String> bad) {
        Map<Long, Anchored> anchored = new HashMap<>();
        for (Anchor anchor : bundle.anchors()) {
            String name = describe(anchor);
            if (!anchor.service().equals(bundle.service())) {
                bad.add(name + " is not of " + bundle.service() + ", whose entries these are");
                continue;
            }
            SealCheck check = anchor.check(keys);
            if (!check.valid()) {
                bad.add(name + " cannot be trusted: " + check.reason());
                continue;
            }
            if (anchor.hashes().size() != anchor.toSeq() - anchor.fromSeq() + 1) {
                bad.add(name + " is malformed: it lists " + anchor.hashes().size() + " hashes");
                continue;
            }
            if (!anchor.isHeartbeat() && !anchor.hashes().get(anchor.hashes().size() - 1).equals(anchor.headHash())) {
                bad.add(name + " is malformed: its head hash is not the hash of entry " + anchor.toSeq());
                continue;
            }
            for (long seq = anchor.isHeartbeat() ? anchor.toSeq() : anchor.fromSeq(); seq <= anchor.toSeq(); seq++) {
                String hash = anchor.hashAt(seq).orElseThrow();
                Anchored earlier = anchored.putIfAbsent(seq, new Anchored(hash, anchor));
                if (earlier != null && !earlier.hash().equals(hash)) {
                    bad.add(name + " and " + describe(earlier.by()) + " disagree on entry " + seq
                            + ": " + bundle.service() + " published two different logs");
                }
            }
        }
        return anchored;
    }

    /** Checks every entry; returns how many match a trusted anchor. */
    private static int checkEntries(AuditBundle bundle, Map<Long, Anchored> anchored, TreeMap<Long, List<String>> bad,
            List<String> notes) {
        List<AuditBundle.Entry> entries = new ArrayList<>(bundle.entries());
        entries.sort(Comparator.comparingLong(AuditBundle.Entry::seq));
        List<long[]> unanchored = new ArrayList<>();
        int matching = 0;
        AuditBundle.Entry previous = null;
        for (AuditBundle.Entry entry : entries) {
            long seq = entry.seq();
            if (previous != null && previous.seq() == seq) {
                broken(bad, seq, "entry " + seq + " appears twice");
            } else if (previous != null && seq > previous.seq() + 1 && bundle.isContiguous()) {
                long missing = previous.seq() + 1;
                broken(bad, missing, (missing == seq - 1 ? "entry " + missing + " is" : "entries " + missing + ".." + (seq - 1) + " are")
                        + " missing from the bundle (removed)");
            }
            if (!recomputes(entry)) {
                broken(bad, seq, "entry " + seq + ": content altered");
            }
            String expectedPrev = expectedPrevHash(entry, previous, anchored);
            if (expectedPrev != null && !expectedPrev.equals(entry.prevHash())) {
                broken(bad, seq, "entry " + seq + " does not link to entry " + (seq - 1)
                        + ": an entry was removed, inserted or rewritten");
            }
            Anchored anchor = anchored.get(seq);
            if (anchor == null) {
                addTo(unanchored, seq);
            } else if (anchor.hash().equals(entry.hash())) {
                matching++;
            } else {
                broken(bad, seq, "entry " + seq + " (" + entry.action() + ", " + entry.subject() + ") differs from the anchor published by "
                        + anchor.by().service() + " at " + anchor.by().at() + ": rewritten after it was anchored");
            }
            previous = entry;
        }
        for (long[] run : unanchored) {
            notes.add((run[0] == run[1] ? "entry " + run[0] + " is" : "entries " + run[0] + ".." + run[1] + " are")
                    + " not anchored yet");
        }
        return matching;
    }

    private static boolean recomputes(AuditBundle.Entry entry) {
        if (entry.at() == null || entry.prevHash() == null || entry.hash() == null) {
            return false;
        }
        return AuditHash.of(entry.prevHash(), entry.seq(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                entry.detail()).equals(entry.hash());
    }

    /** The hash entry n must link to: GENESIS for entry 1, else entry n-1's in the bundle, else the anchored one. */
    private static String expectedPrevHash(AuditBundle.Entry entry, AuditBundle.Entry previous,
            Map<Long, Anchored> anchored) {
        if (entry.seq() == 1) {
            return AuditHash.GENESIS;
        }
        if (previous != null && previous.seq() == entry.seq() - 1) {
            return previous.hash();
        }
        Anchored before = anchored.get(entry.seq() - 1);
        return before == null ? null : before.hash();
    }

    private static int checkSeals(AuditBundle bundle, SealKeys keys, List<String> bad) {
        int valid = 0;
        for (AuditBundle.SealedItem item : bundle.sealed()) {
            byte[] content = item.content() == null ? new byte[0] : item.content().getBytes(StandardCharsets.UTF_8);
            SealCheck check = Seals.verify(item.seal(), content, item.keyId(), keys);
            if (check.valid()) {
                valid++;
            } else {
                bad.add("the seal of " + item.kind() + " " + item.ref() + " does not hold: " + check.reason());
            }
        }
        return valid;
    }

    private static String describe(Anchor anchor) {
        return anchor.isHeartbeat()
                ? "the heartbeat of " + anchor.service() + " at entry " + anchor.toSeq() + " (" + anchor.at() + ")"
                : "the anchor of " + anchor.service() + " for entries " + anchor.fromSeq() + ".." + anchor.toSeq()
                        + " (" + anchor.at() + ")";
    }

    private static void broken(TreeMap<Long, List<String>> bad, long seq, String finding) {
        bad.computeIfAbsent(seq, s -> new ArrayList<>()).add(finding);
    }

    /** Extends the last run of consecutive sequence numbers, or starts a new one. */
    private static void addTo(List<long[]> runs, long seq) {
        long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last[1] == seq - 1) {
            last[1] = seq;
        } else {
            runs.add(new long[] { seq, seq });
        }
    }
}
