package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every anomaly planted in a bundle is found and named; an untouched bundle is intact. */
class BundleVerifierTest {

    private final Bundles fixture = new Bundles(SealAlgorithm.ES256);
    private final List<AuditBundle.Entry> chain = Bundles.chain(10);

    @Test
    void anUntouchedBundleIsIntact() {
        BundleVerifier.Verdict verdict = BundleVerifier.verify(
                fixture.bundle(chain, List.of(fixture.anchor(chain.subList(0, 6)), fixture.anchor(chain.subList(6, 10))),
                        fixture.sealedItems()));

        assertTrue(verdict.intact(), verdict.findings().toString());
        assertNull(verdict.firstBroken());
        assertEquals(List.of(), verdict.findings());
        assertEquals(10, verdict.entries());
        assertEquals(10, verdict.anchored());
        assertEquals(2, verdict.seals());
    }

    @Test
    void aConsistentRewriteIsNamedByTheAnchor() {
        List<AuditBundle.Entry> rewritten = new ArrayList<>(chain);
        AuditBundle.Entry fifth = chain.get(4);
        rewritten.set(4, Bundles.entry(5, fifth.prevHash(), "detail 5, amount changed"));
        rewritten = Bundles.rechained(rewritten, 4);

        BundleVerifier.Verdict verdict = BundleVerifier.verify(
                fixture.bundle(rewritten, List.of(fixture.anchor(chain)), fixture.sealedItems()));

        assertFalse(verdict.intact());
        assertTrue(verdict.firstBroken().startsWith("entry 5 (case.updated, CASE-1) differs from the anchor published by "
                + "case-service at 2026-12-01T09:00:00.000001Z: rewritten after it was anchored"), verdict.firstBroken());
        assertEquals(4, verdict.anchored(), "entries 1..4 still match");
        assertEquals(6, verdict.findings().size(), verdict.findings().toString());
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<AuditBundle.Entry> altered = new ArrayList<>(chain);
        AuditBundle.Entry fifth = chain.get(4);
        altered.set(4, new AuditBundle.Entry(5, fifth.at(), fifth.actor(), fifth.action(), fifth.subject(), "detail 5 edited",
                fifth.prevHash(), fifth.hash()));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(fixture.bundle(altered, List.of(fixture.anchor(chain)), List.of()));

        assertFalse(verdict.intact());
        assertEquals("entry 5: content altered", verdict.firstBroken());
        assertEquals(List.of("entry 5: content altered"), verdict.findings());
    }

    @Test
    void aRemovedEntryIsNamed() {
        List<AuditBundle.Entry> gap = new ArrayList<>(chain);
        gap.remove(4);

        BundleVerifier.Verdict verdict = BundleVerifier.verify(fixture.bundle(gap, List.of(fixture.anchor(chain)), List.of()));

        assertFalse(verdict.intact());
        assertEquals("entry 5 is missing from the bundle (removed)", verdict.firstBroken());
    }

    @Test
    void aRemovedEntryRechainedBreaksTheLinkToTheAnchor() {
        List<AuditBundle.Entry> gap = new ArrayList<>(chain);
        gap.remove(4);
        // the forger renumbers nothing but recomputes 6.. onto entry 4, so the chain holds in itself
        List<AuditBundle.Entry> rechained = Bundles.rechained(gap, 4);
        AuditBundle subjectBundle = new AuditBundle(Bundles.SERVICE, Bundles.T0, AuditBundle.subjectScope("CASE-0"),
                rechained.subList(4, rechained.size()), List.of(fixture.anchor(chain)), List.of(), fixture.publicKeys());

        BundleVerifier.Verdict verdict = BundleVerifier.verify(subjectBundle);

        assertFalse(verdict.intact());
        assertTrue(verdict.firstBroken().startsWith("entry 6 does not link to entry 5"), verdict.firstBroken());
    }

    @Test
    void aBadAnchorSealIsNamedAndTheAnchorNotTrusted() {
        Anchor good = fixture.anchor(chain);
        Anchor forged = new Anchor(good.service(), good.fromSeq(), good.toSeq(), good.headHash(), good.hashes(), good.at(),
                Seals.seal(SealKeys.generate(Bundles.SERVICE, SealAlgorithm.ES256), good.sealedContent()));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(fixture.bundle(chain, List.of(forged), fixture.sealedItems()));

        assertFalse(verdict.intact());
        assertEquals("the anchor of case-service for entries 1..10 (2026-12-01T09:00:00.000001Z) cannot be trusted: "
                + "the content does not match its seal (altered after sealing)", verdict.firstBroken());
        assertEquals(0, verdict.anchored());
        assertTrue(verdict.findings().contains("entries 1..10 are not anchored yet"), verdict.findings().toString());
    }

    @Test
    void aTamperedSealedItemIsNamed() {
        List<AuditBundle.SealedItem> items = new ArrayList<>(fixture.sealedItems());
        AuditBundle.SealedItem answer = items.get(1);
        items.set(1, new AuditBundle.SealedItem(answer.kind(), answer.ref(), answer.keyId(),
                answer.content().replace("1200.50", "12.50"), answer.seal()));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(fixture.bundle(chain, List.of(fixture.anchor(chain)), items));

        assertFalse(verdict.intact());
        assertEquals("the seal of answer M-1 does not hold: the content does not match its seal (altered after sealing)",
                verdict.firstBroken());
        assertEquals(1, verdict.seals());
    }

    @Test
    void unanchoredEntriesAreNotedButDoNotBreak() {
        BundleVerifier.Verdict verdict = BundleVerifier.verify(
                fixture.bundle(chain, List.of(fixture.anchor(chain.subList(0, 7))), List.of()));

        assertTrue(verdict.intact(), verdict.findings().toString());
        assertEquals(7, verdict.anchored());
        assertEquals(List.of("entries 8..10 are not anchored yet"), verdict.findings());
    }

    @Test
    void anchorsThatDisagreeAreNamed() {
        List<AuditBundle.Entry> rewritten = Bundles.rechained(chain, 0);
        List<AuditBundle.Entry> other = new ArrayList<>(rewritten);
        other.set(2, Bundles.entry(3, rewritten.get(1).hash(), "another detail"));
        Anchor first = fixture.anchor(chain);
        Anchor second = fixture.anchor(Bundles.rechained(other, 2).subList(0, 4));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(fixture.bundle(chain, List.of(first, second), List.of()));

        assertFalse(verdict.intact());
        assertTrue(verdict.firstBroken().contains("disagree on entry 3"), verdict.firstBroken());
    }
}
