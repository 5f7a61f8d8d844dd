package cn.lianxi.testsupport;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs Spectral (the OpenAPI linter, pinned in {@code tools/openapi-lint/package.json}) with the project's rulesets on
 * an OpenAPI document, as a third party would. The linter is installed with {@code npm ci} the first time it is
 * needed ({@code .ci/run} installs it up front); without Node.js and npm the test fails and says so, it never skips.
 */
public final class OpenApiLint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TOOL = Path.of("tools", "openapi-lint");

    /** Which rules apply: a service's own document, or the gateway's document of every service. */
    public enum Rules {
        SERVICE("lianxi.spectral.yaml"), GATEWAY("gateway.spectral.yaml");

        private final String file;

        Rules(String file) {
            this.file = file;
        }
    }

    /** One finding: the rule's code, its message and where in the document (severity 0 is an error). */
    public record Finding(String code, String message, String path, int severity) {

        public boolean isError() {
            return severity == 0;
        }

        @Override
        public String toString() {
            return code + " at " + path + ": " + message;
        }
    }

    private OpenApiLint() {
    }

    /** Every finding of the linter on {@code document} (JSON or YAML text). */
    public static List<Finding> lint(String document, Rules rules) {
        Path dir = ProjectFiles.find(TOOL.resolve("package.json")).getParent();
        Path spectral = install(dir);
        try {
            Path input = Files.createTempFile("openapi-", ".json");
            Path report = Files.createTempFile("spectral-", ".json");
            Files.writeString(input, document, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(spectral.toString(), "lint", "--quiet", "--format", "json",
                    "--output", report.toString(), "--fail-severity", "error",
                    "--ruleset", dir.resolve(rules.file).toString(), input.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("spectral did not finish in 120 s");
            }
            // 0: no error, 1: errors found; anything else is the linter failing to run (bad ruleset, crash)
            if (process.exitValue() > 1) {
                throw new IllegalStateException("spectral failed (exit " + process.exitValue() + "): " + output);
            }
            List<Finding> findings = new ArrayList<>();
            for (JsonNode f : JSON.readTree(Files.readString(report))) {
                List<String> path = new ArrayList<>();
                f.path("path").forEach(p -> path.add(p.asText()));
                findings.add(new Finding(f.path("code").asText(), f.path("message").asText(), String.join(".", path),
                        f.path("severity").asInt()));
            }
            Files.deleteIfExists(input);
            Files.deleteIfExists(report);
            return findings;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run spectral", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The errors only (warnings are advice), each on its own line, for an assertion message. */
    public static List<Finding> errors(String document, Rules rules) {
        return lint(document, rules).stream().filter(Finding::isError).toList();
    }

    /**
     * Fetches the booted app's document ({@code /q/openapi}), saves it as {@code target/openapi.json} for people and
     * tools, and fails listing every lint error; returns the document.
     */
    public static String servedDocumentPasses(Rules rules) {
        String document = io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        try {
            Files.writeString(Path.of("target", "openapi.json"), document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Finding> errors = errors(document, rules);
        if (!errors.isEmpty()) {
            throw new AssertionError("OpenAPI lint errors in the served document:" + describe(errors));
        }
        return document;
    }

    public static String describe(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static synchronized Path install(Path dir) {
        Path spectral = dir.resolve(Path.of("node_modules", ".bin", "spectral"));
        if (Files.isExecutable(spectral)) {
            return spectral;
        }
        // several test JVMs (modules) may get here at once: one installs, the others wait for it
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "lianxi-openapi-lint.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (!Files.isExecutable(spectral)) {
                run(dir, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isExecutable(spectral)) {
            throw new IllegalStateException("npm ci in " + dir + " did not install spectral");
        }
        return spectral;
    }

    private static void run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed in " + dir + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI lint needs Node.js (20.17 or later) and npm on the PATH to "
                    + "install Spectral from the npm registry (Debian: apt-get install nodejs npm; .ci/run does it): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
