package cn.lianxi.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The small subset of Kustomize (渲染) the manifests use, so that the tests check what {@code kustomize build}
 * would produce without a kustomize binary: {@code resources} (files and kustomization directories),
 * {@code configMapGenerator} (files and literals, without name hash), strategic-merge {@code patches} matched by
 * kind and name, {@code namespace}, {@code labels} (metadata only), {@code images} and {@code replicas}.
 * Any other field fails the build, so a manifest can never rely on a feature this renderer silently ignores.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "configMapGenerator",
            "generatorOptions", "patches", "namespace", "labels", "images", "replicas");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir}, like {@code kustomize build dir}. */
    static List<ObjectNode> build(Path dir) {
        JsonNode kustomization = readTree(dir.resolve("kustomization.yaml"));
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field not supported here: " + field);
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? build(path) : readAll(path));
        }
        resources.addAll(generateConfigMaps(dir, kustomization));
        for (JsonNode patch : kustomization.path("patches")) {
            if (!patch.has("path") || patch.has("target")) {
                throw new IllegalArgumentException(dir + ": only strategic-merge patches given by path are supported");
            }
            readAll(dir.resolve(patch.get("path").asText())).forEach(p -> applyPatch(resources, p));
        }
        resources.forEach(resource -> transform(resource, kustomization));
        return resources;
    }

    /** Reads every YAML document of a file (documents that are empty or only comments are skipped). */
    static List<ObjectNode> readAll(Path file) {
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            values.forEachRemaining(doc -> {
                if (doc instanceof ObjectNode object) {
                    documents.add(object);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static List<ObjectNode> generateConfigMaps(Path dir, JsonNode kustomization) {
        List<ObjectNode> maps = new ArrayList<>();
        if (kustomization.path("configMapGenerator").isEmpty()) {
            return maps;
        }
        if (!kustomization.path("generatorOptions").path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException(dir + ": name suffix hashes are not supported; disable them");
        }
        for (JsonNode generator : kustomization.get("configMapGenerator")) {
            ObjectNode map = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            map.putObject("metadata").put("name", generator.get("name").asText());
            ObjectNode data = map.putObject("data");
            for (JsonNode file : generator.path("files")) {
                String[] keyAndPath = file.asText().split("=", 2);
                Path path = dir.resolve(keyAndPath[keyAndPath.length - 1]).normalize();
                String key = keyAndPath.length == 2 ? keyAndPath[0] : path.getFileName().toString();
                data.put(key, readString(path));
            }
            for (JsonNode literal : generator.path("literals")) {
                String[] keyAndValue = literal.asText().split("=", 2);
                data.put(keyAndValue[0], keyAndValue[1]);
            }
            maps.add(map);
        }
        return maps;
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(path.toString(), e);
        }
    }

    /** Finds the one resource of the patch's kind and name, as kustomize does, and merges the patch into it. */
    private static void applyPatch(List<ObjectNode> resources, ObjectNode patch) {
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        List<ObjectNode> targets = resources.stream().filter(r -> Manifests.is(r, kind, name)).toList();
        if (targets.size() != 1) {
            throw new IllegalArgumentException("patch " + kind + "/" + name + " matches " + targets.size() + " resources");
        }
        StrategicMerge.merge(targets.get(0), patch, StrategicMerge.isBuiltIn(patch));
    }

    private static void transform(ObjectNode resource, JsonNode kustomization) {
        ObjectNode metadata = resource.withObjectProperty("metadata");
        if (kustomization.has("namespace")) {
            metadata.put("namespace", kustomization.get("namespace").asText());
        }
        for (JsonNode label : kustomization.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
                throw new IllegalArgumentException("labels on selectors or templates are not supported");
            }
            ObjectNode labels = metadata.withObjectProperty("labels");
            label.path("pairs").fields().forEachRemaining(pair -> labels.set(pair.getKey(), pair.getValue()));
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            if (Manifests.is(resource, "Deployment", replicas.get("name").asText())) {
                resource.withObjectProperty("spec").put("replicas", replicas.get("count").asInt());
            }
        }
        for (JsonNode image : kustomization.path("images")) {
            Manifests.containers(resource).forEach(container -> retag(container, image));
        }
    }

    private static void retag(ObjectNode container, JsonNode image) {
        String current = container.path("image").asText();
        int colon = current.lastIndexOf(':');
        boolean tagged = colon > current.lastIndexOf('/');
        String name = tagged ? current.substring(0, colon) : current;
        String tag = tagged ? current.substring(colon + 1) : null;
        if (!name.equals(image.get("name").asText())) {
            return;
        }
        String newName = image.path("newName").asText(name);
        String newTag = image.path("newTag").asText(tag);
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }

    /** Strategic merge as kustomize applies it (the parts these manifests use). */
    static final class StrategicMerge {

        private StrategicMerge() {
        }

        /**
         * Kubernetes' own kinds carry merge keys (containers, env, volumes… merge by {@code name}); custom
         * resources have no schema here, so kustomize replaces their lists whole, and so does this.
         */
        static boolean isBuiltIn(JsonNode resource) {
            String apiVersion = resource.path("apiVersion").asText();
            return apiVersion.equals("v1") || apiVersion.startsWith("apps/") || apiVersion.startsWith("policy/")
                    || apiVersion.startsWith("autoscaling/") || apiVersion.startsWith("networking.k8s.io/");
        }

        static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
            Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                JsonNode current = target.get(key);
                if (key.startsWith("$")) {
                    throw new IllegalArgumentException("patch directive not supported: " + key);
                } else if (value.isNull()) {
                    target.remove(key);
                } else if (value.isObject() && current instanceof ObjectNode currentObject) {
                    merge(currentObject, (ObjectNode) value, builtIn);
                } else if (builtIn && value.isArray() && current instanceof ArrayNode currentArray
                        && namedObjects(currentArray) && namedObjects((ArrayNode) value)) {
                    mergeByName(currentArray, (ArrayNode) value);
                } else {
                    target.set(key, value.deepCopy());
                }
            }
        }

        private static boolean namedObjects(ArrayNode array) {
            for (JsonNode element : array) {
                if (!element.isObject() || !element.has("name")) {
                    return false;
                }
            }
            return true;
        }

        private static void mergeByName(ArrayNode target, ArrayNode patch) {
            for (JsonNode element : patch) {
                ObjectNode existing = null;
                for (JsonNode candidate : target) {
                    if (candidate.get("name").equals(element.get("name"))) {
                        existing = (ObjectNode) candidate;
                    }
                }
                if (existing == null) {
                    target.add(element.deepCopy());
                } else {
                    merge(existing, (ObjectNode) element, true);
                }
            }
        }
    }
}
