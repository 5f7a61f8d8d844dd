package cn.lianxi.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test bundles built the way the services build theirs: a real hash chain, anchors sealed by the service's key, a
 * measure sealed by a court and an answer sealed by a bank.
 */
final class Bundles {

    static final String SERVICE = "case-service";
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00.000001Z");

    final SealKey serviceKey;
    final SealKey court;
    final SealKey bank;

    Bundles(SealAlgorithm algorithm) {
        serviceKey = SealKeys.generate(SERVICE, algorithm);
        court = SealKeys.generate("C320505", algorithm);
        bank = SealKeys.generate("BANK-ICBC", algorithm);
    }

    /** Entries 1..n of one chain. */
    static List<AuditBundle.Entry> chain(int n) {
        List<AuditBundle.Entry> entries = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            AuditBundle.Entry entry = entry(seq, prev, "detail " + seq);
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    /** Entries from index {@code from} (0-based) on with their hashes recomputed, as a careful forger would. */
    static List<AuditBundle.Entry> rechained(List<AuditBundle.Entry> entries, int from) {
        List<AuditBundle.Entry> result = new ArrayList<>(entries.subList(0, from));
        String prev = from == 0 ? AuditHash.GENESIS : entries.get(from - 1).hash();
        for (AuditBundle.Entry e : entries.subList(from, entries.size())) {
            AuditBundle.Entry again = entry(e.seq(), prev, e.detail());
            result.add(again);
            prev = again.hash();
        }
        return result;
    }

    static AuditBundle.Entry entry(long seq, String prev, String detail) {
        Instant at = T0.plusSeconds(seq);
        String subject = "CASE-" + (seq % 2);
        return new AuditBundle.Entry(seq, at, "clerk:wang", "case.updated", subject, detail, prev,
                AuditHash.of(prev, seq, at, "clerk:wang", "case.updated", subject, detail));
    }

    /** One sealed anchor over {@code entries}. */
    Anchor anchor(List<AuditBundle.Entry> entries) {
        return Anchor.covering(SERVICE, entries.get(0).seq(), entries.stream().map(AuditBundle.Entry::hash).toList(),
                T0.plusSeconds(3600)).sealedWith(serviceKey);
    }

    List<AuditBundle.SealedItem> sealedItems() {
        String measure = "{\"account\":\"6222\",\"amount\":1200.50,\"type\":\"FREEZE\"}";
        String answer = "{\"frozen\":1200.50,\"status\":\"DONE\"}";
        return List.of(
                new AuditBundle.SealedItem("measure", "M-1", "C320505", measure, Seals.seal(court, utf8(measure))),
                new AuditBundle.SealedItem("answer", "M-1", "BANK-ICBC", answer, Seals.seal(bank, utf8(answer))));
    }

    Map<String, String> publicKeys() {
        return Map.of(SERVICE, serviceKey.publicPem(), "C320505", court.publicPem(), "BANK-ICBC", bank.publicPem());
    }

    AuditBundle bundle(List<AuditBundle.Entry> entries, List<Anchor> anchors, List<AuditBundle.SealedItem> sealed) {
        return new AuditBundle(SERVICE, T0.plusSeconds(7200), "all", entries, anchors, sealed, publicKeys());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
