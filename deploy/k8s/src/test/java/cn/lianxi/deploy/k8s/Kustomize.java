package cn.lianxi.deploy.k8s;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomization with the real Kustomize, so the tests check exactly what an operator applies: a
 * {@code kustomize} binary on the PATH, otherwise the Kustomize built into {@code kubectl kustomize}. Either must
 * be Kustomize v5 or newer; older ones (kubectl before 1.21 embeds v2) do not know the {@code labels} and
 * {@code patches} fields the overlays use. With neither on the PATH, rendering fails with the way to install one,
 * never a silent skip: {@code .ci/run} checks for it first.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    /** The realm ConfigMap is generated from a file outside the kustomization root (see base/kustomization.yaml). */
    private static final List<String> FLAGS = List.of("--load-restrictor", "LoadRestrictionsNone");
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final int MINIMUM_MAJOR = 5;
    private static final Map<Path, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    /** How to run the tool: the command before the directory, and the Kustomize version it reported. */
    record Tool(List<String> command, String version) {
    }

    private Kustomize() {
    }

    /** Renders {@code dir} like {@code kustomize build}; each call returns a fresh copy of the (cached) output. */
    static List<ObjectNode> build(Path dir) {
        List<ObjectNode> rendered = RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(),
                d -> render(tool(System.getenv("PATH")), d));
        return new ArrayList<>(rendered.stream().map(ObjectNode::deepCopy).toList());
    }

    /** Renders {@code dir} with the given tool, uncached; kustomize's own message if it refuses the kustomization. */
    static List<ObjectNode> render(Tool tool, Path dir) {
        List<String> command = new ArrayList<>(tool.command());
        command.add(dir.toString());
        return parse(run(command), dir);
    }

    /** The Kustomize found on {@code path} (a PATH value), or an error that says how to get one. */
    static Tool tool(String path) {
        Optional<Path> kustomize = onPath(path, "kustomize");
        if (kustomize.isPresent()) {
            String version = version(run(List.of(kustomize.get().toString(), "version")), "kustomize version");
            return checked(new Tool(withFlags(kustomize.get().toString(), "build"), version));
        }
        Optional<Path> kubectl = onPath(path, "kubectl");
        if (kubectl.isPresent()) {
            JsonNode versions = readJson(run(List.of(kubectl.get().toString(), "version", "--client", "-o", "json")));
            String version = versions.path("kustomizeVersion").asText("");
            return checked(new Tool(withFlags(kubectl.get().toString(), "kustomize"), version));
        }
        throw new IllegalStateException("""
                deploy/k8s renders its overlays with the real Kustomize (v%d or newer), and found neither \
                `kustomize` nor `kubectl` on the PATH. Install kubectl (it embeds Kustomize) or a kustomize \
                binary, then run the build again; .ci/run checks for one before the tests.""".formatted(MINIMUM_MAJOR));
    }

    private static List<String> withFlags(String binary, String subcommand) {
        List<String> command = new ArrayList<>(List.of(binary, subcommand));
        command.addAll(FLAGS);
        return command;
    }

    private static Tool checked(Tool tool) {
        Matcher m = VERSION.matcher(tool.version());
        if (!m.find() || Integer.parseInt(m.group(1)) < MINIMUM_MAJOR) {
            throw new IllegalStateException(tool.command().get(0) + " has Kustomize '" + tool.version()
                    + "'; deploy/k8s needs v" + MINIMUM_MAJOR + " or newer (the overlays use `labels` and `patches`)");
        }
        return tool;
    }

    private static String version(String output, String what) {
        Matcher m = VERSION.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException(what + " printed no version: " + output);
        }
        return m.group();
    }

    private static Optional<Path> onPath(String path, String binary) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, binary);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) {
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
                process.getOutputStream().close();
                // read before waiting: a full pipe would block the tool
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                            + "): " + Files.readString(stderr).strip());
                }
                return out;
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<ObjectNode> parse(String yaml, Path dir) {
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            List<ObjectNode> documents = new ArrayList<>();
            values.forEachRemaining(doc -> {
                if (doc instanceof ObjectNode object) {
                    documents.add(object);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("output of kustomize for " + dir, e);
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl version output", e);
        }
    }
}
