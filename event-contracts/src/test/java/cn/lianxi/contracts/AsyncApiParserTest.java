package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code asyncapi.yaml} through the official AsyncAPI parser ({@code @asyncapi/parser}, the engine of the AsyncAPI
 * CLI's {@code validate}: the AsyncAPI 3 JSON schema, every {@code $ref}, the parser's rules), run by the machine's
 * Node.js from {@code src/test/asyncapi} (its {@code package-lock.json} pins the version). Errors and warnings fail.
 * <p>
 * The parser must really run: without Node.js and npm this test fails, saying so ({@code .ci/run} installs both and
 * the parser). It installs the pinned parser with {@code npm ci} when {@code node_modules} does not hold it yet.
 * Copies of the document with one planted error of each kind (a dangling reference, a value the AsyncAPI schema
 * forbids, a message that is not a message) must be refused, so a pass means the parser read the document.
 */
class AsyncApiParserTest {

    private static final Path TOOL = Path.of("src/test/asyncapi");
    private static final Path DOCUMENT = Path.of("src/main/resources/asyncapi.yaml");
    private static final Path PLANTED = Path.of("target/asyncapi-planted");
    private static final long TIMEOUT_SECONDS = 300;

    @BeforeAll
    static void parserIsInstalled() throws Exception {
        String node = run(List.of("node", "--version"), Path.of("."), "Node.js");
        int major = Integer.parseInt(node.strip().replaceFirst("^v(\\d+).*", "$1"));
        assertTrue(major >= 18, "the AsyncAPI parser needs Node.js 18 or later, this machine has " + node.strip());
        Path installed = TOOL.resolve("node_modules/@asyncapi/parser/package.json");
        if (!Files.exists(installed) || !Files.readString(installed).contains("\"version\": \"" + pinned() + "\"")) {
            run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), TOOL, "npm");
        }
    }

    @Test
    void theDocumentIsValidForTheOfficialParser() throws Exception {
        Map<Path, List<String>> verdicts = validate(List.of(DOCUMENT));
        List<String> lines = verdicts.get(DOCUMENT);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(": valid AsyncAPI 3.1.0")), String.join("\n", lines));
    }

    @Test
    void aPlantedErrorOfEachKindIsRefused() throws Exception {
        String document = Files.readString(DOCUMENT);
        Map<String, UnaryOperator<String>> plants = new LinkedHashMap<>();
        plants.put("invalid-ref", d -> replaceOnce(d, "'#/components/messages/SanctionEventDeadLetter'",
                "'#/components/messages/NoSuchMessage'"));
        plants.put("\"action\" property must be equal to one of the allowed values", d -> replaceOnce(d,
                "action: send", "action: publish"));
        plants.put("asyncapi-document-resolved", d -> replaceOnce(d, "      name: CaseEvent\n",
                "      name: [CaseEvent]\n"));
        Files.createDirectories(PLANTED);
        Map<Path, String> expected = new LinkedHashMap<>();
        int i = 0;
        for (var plant : plants.entrySet()) {
            Path copy = PLANTED.resolve("planted-" + i++ + ".yaml");
            Files.writeString(copy, plant.getValue().apply(document));
            expected.put(copy, plant.getKey());
        }
        Map<Path, List<String>> verdicts = validate(List.copyOf(expected.keySet()));
        for (var plant : expected.entrySet()) {
            List<String> lines = verdicts.get(plant.getKey());
            String output = String.join("\n", lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains(": INVALID")), "not refused: " + output);
            assertTrue(output.contains(plant.getValue()), "refused, but not for " + plant.getValue() + ": " + output);
        }
    }

    /** Runs the parser once over {@code files}; returns each file's output lines. */
    private static Map<Path, List<String>> validate(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).directory(TOOL.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the parser did not finish");
        assertTrue(process.exitValue() <= 1, "the parser could not run (exit " + process.exitValue() + "):\n" + output);
        Map<Path, List<String>> byFile = new LinkedHashMap<>();
        for (Path file : files) {
            String prefix = file.toAbsolutePath() + ": ";
            byFile.put(file, output.lines().filter(l -> l.startsWith(prefix)).collect(Collectors.toList()));
            assertTrue(!byFile.get(file).isEmpty(), "no verdict on " + file + ":\n" + output);
        }
        return byFile;
    }

    /** Runs a tool to completion; a tool that is not installed fails the test saying what to install. */
    private static String run(List<String> command, Path directory, String tool) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new AssertionError(tool + " is required to validate asyncapi.yaml with the official AsyncAPI "
                    + "parser and is not on the PATH (Debian: apt-get install nodejs npm; .ci/run installs it)",
                    notInstalled);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed in " + directory + ":\n" + output);
        return output;
    }

    /** The parser version {@code package.json} pins. */
    private static String pinned() throws IOException {
        String manifest = Files.readString(TOOL.resolve("package.json"));
        return manifest.replaceFirst("(?s).*\"@asyncapi/parser\":\\s*\"([^\"]+)\".*", "$1");
    }

    private static String replaceOnce(String document, String target, String replacement) {
        assertTrue(document.contains(target), "the document no longer contains " + target + ": update the plant");
        return document.replaceFirst(java.util.regex.Pattern.quote(target),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
