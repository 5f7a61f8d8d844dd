package cn.lianxi.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks an OpenMetrics exposition with the reference parser of the OpenMetrics project, {@code prometheus_client}'s
 * {@code openmetrics.parser} (Debian package {@code python3-prometheus-client}, installed by {@code .ci/run}): it
 * refuses what a strict scraper refuses (an exemplar on a summary's {@code _count}, a missing {@code # EOF}, a bad
 * name or value). On top of it every own metric ({@code lianxi_*}) must have HELP text. No JVM library parses
 * OpenMetrics (Prometheus' Java client only writes it), so the parser runs as a child process; a machine without it
 * fails the check with how to install it, never skips it.
 */
public final class OpenMetricsCheck {

    public static final String MEDIA_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    public static final String OWN_PREFIX = "lianxi_";

    private static final String INSTALL = "install the OpenMetrics reference parser: "
            + "apt-get install python3-prometheus-client (.ci/run does)";

    private OpenMetricsCheck() {
    }

    /**
     * Scrapes {@code metrics}, the application's {@code /q/metrics} on its management interface (in a Quarkus test
     * {@code @TestHTTPResource(value = "metrics", management = true)}, relative to the interface's root {@code /q}), as OpenMetrics and checks it; each of
     * {@code required} must be one of the families.
     */
    public static List<String> assertServedValid(URL metrics, String... required) {
        String exposition = given().accept(MEDIA_TYPE).when().get(metrics).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/openmetrics-text")).extract().asString();
        List<String> families = assertValid(exposition);
        List<String> missing = Arrays.stream(required).filter(r -> !families.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("metric families missing from /q/metrics: " + missing);
        }
        return families;
    }

    /** The family names of a valid exposition; an {@link AssertionError} saying what the parser refused otherwise. */
    public static List<String> assertValid(String exposition) {
        Path script = script();
        Process process;
        try {
            process = new ProcessBuilder(python(), script.toString(), OWN_PREFIX).start();
        } catch (IOException e) {
            throw new AssertionError("python3 cannot be started (" + e.getMessage() + "); " + INSTALL, e);
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("the parser did not read the exposition: " + e.getMessage(), e);
        }
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the OpenMetrics parser did not finish within 60 s");
            }
            return switch (process.exitValue()) {
                case 0 -> out.lines().toList();
                case 3 -> throw new AssertionError(err + "; " + INSTALL);
                default -> throw new AssertionError(err);
            };
        } catch (IOException e) {
            throw new AssertionError("the parser's answer could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the parser ran", e);
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Debian's own interpreter, which sees Debian's Python packages (a pyenv or venv python3 on PATH may not). */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static Path script() {
        try (InputStream source = OpenMetricsCheck.class.getResourceAsStream("openmetrics_check.py")) {
            Path script = Files.createTempFile("openmetrics-check", ".py");
            Files.write(script, source.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new AssertionError("the check script could not be written: " + e.getMessage(), e);
        }
    }
}
