package cn.lianxi.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium}, installed by deploy/local/install-chromium.sh):
 * its scripts run with no internet, the English switch works, and a screenshot lands in target/. Skipped where
 * Chromium is not installed. Logging in and live updates against a real Keycloak are not covered here.
 */
@QuarkusTest
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @Test
    void thePageRunsInHeadlessChromiumAndSwitchesToEnglish() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        String dom = chromium("--dump-dom", dashboard + "?lang=en");
        assertTrue(dom.contains("data-ready=\"true\""), "the page's scripts ran: " + dom);
        assertTrue(dom.contains("Joint Enforcement Dashboard"), dom);
        assertTrue(dom.contains("lang=\"en\""), dom);

        Path shot = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium("--screenshot=" + shot, "--window-size=1280,900", dashboard.toString());
        assertTrue(Files.size(shot) > 1000, "a screenshot of the dashboard was written to " + shot);
    }

    private static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lianxi-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--virtual-time-budget=5000"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
