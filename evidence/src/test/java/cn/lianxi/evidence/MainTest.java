package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a clerk runs them: keys made once, a bundle written to a file and verified from it. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void keygenWritesEachKeyOnce() {
        Path seals = dir.resolve("seals");

        assertEquals(0, run("keygen", "--dir", seals.toString(), "--alg", "SM2", "C320505", "BANK-ICBC"));
        assertTrue(out().contains("C320505.pub.pem (SM2)"), out());
        assertEquals(0, run("keygen", "--dir", seals.toString(), "C320505"));
        assertTrue(out().startsWith("skipped C320505"), out());

        assertEquals(SealAlgorithm.SM2, SealKeys.load(seals).find("BANK-ICBC").orElseThrow().algorithm());
    }

    @Test
    void aBundleSurvivesItsFileAndVerifies() throws Exception {
        Bundles fixture = new Bundles(SealAlgorithm.SM2);
        List<AuditBundle.Entry> chain = Bundles.chain(6);
        AuditBundle bundle = fixture.bundle(chain, List.of(fixture.anchor(chain)), fixture.sealedItems());
        Path file = dir.resolve("bundle.json");
        bundle.write(file);

        assertEquals(bundle, AuditBundle.read(file));
        assertEquals(0, run("verify", file.toString()));
        assertTrue(out().startsWith("INTACT\n"), out());
        assertTrue(out().contains("6 entries, 6 anchored, 2 of 2 seals hold"), out());
    }

    @Test
    void aBrokenBundleExitsOneAndSaysWhy() throws Exception {
        Bundles fixture = new Bundles(SealAlgorithm.ES256);
        List<AuditBundle.Entry> chain = Bundles.chain(6);
        List<AuditBundle.Entry> altered = new ArrayList<>(chain);
        AuditBundle.Entry third = chain.get(2);
        altered.set(2, new AuditBundle.Entry(3, third.at(), third.actor(), third.action(), third.subject(), "changed",
                third.prevHash(), third.hash()));
        Path file = dir.resolve("bundle.json");
        fixture.bundle(altered, List.of(fixture.anchor(chain)), List.of()).write(file);

        assertEquals(1, run("verify", file.toString()));
        assertTrue(out().startsWith("BROKEN: entry 3: content altered\n"), out());
    }

    @Test
    void usageAndIoErrorsExitTwo() {
        assertEquals(2, run());
        assertEquals(2, run("verify", dir.resolve("none.json").toString()));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("keygen", "--alg", "RSA", "--dir", dir.toString(), "X"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ES256 or SM2"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNotJsonFileExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("bundle.json"), "not json");

        assertEquals(2, run("verify", file.toString()));
    }
}
