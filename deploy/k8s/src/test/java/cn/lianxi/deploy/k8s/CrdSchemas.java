package cn.lianxi.deploy.k8s;

import static cn.lianxi.deploy.k8s.Manifests.name;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The upstream CustomResourceDefinitions in {@code deploy/k8s/schemas} (Strimzi, CloudNativePG, prometheus-operator),
 * used the way the API server uses them: a custom resource must name a version its CRD serves, and must be valid
 * against that version's {@code openAPIV3Schema}. The schemas are OpenAPI 3.0 schemas, which are JSON Schema draft 4
 * with extensions; networknt's validator checks them as draft 4, the {@code x-kubernetes-*} keywords aside.
 * <p>
 * The API server prunes fields its schema does not know, and {@code kubectl apply} (strict field validation by
 * default since Kubernetes 1.27) refuses them. So each object schema that lists its properties, and does not say
 * {@code x-kubernetes-preserve-unknown-fields}, is closed here with {@code additionalProperties: false}: a field a new
 * API version removed (say {@code spec.kafka.resources} in Strimzi v1) is an error, as it is at apply time.
 */
final class CrdSchemas {

    /** API groups Kubernetes serves itself (no CRD): the core group is the empty string. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io", "scheduling.k8s.io",
            "coordination.k8s.io", "discovery.k8s.io", "node.k8s.io", "certificates.k8s.io",
            "admissionregistration.k8s.io", "apiextensions.k8s.io", "flowcontrol.apiserver.k8s.io");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    /** CRDs by "group/kind". */
    private final Map<String, JsonNode> crds;
    private final Map<String, JsonSchema> schemas = new TreeMap<>();

    private CrdSchemas(Map<String, JsonNode> crds) {
        this.crds = crds;
    }

    /** Every CRD in the YAML files under {@code dir}. */
    static CrdSchemas load(Path dir) {
        Map<String, JsonNode> crds = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var docs = Kustomize.YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
                    docs.forEachRemaining(doc -> {
                        if ("CustomResourceDefinition".equals(doc.path("kind").asText())) {
                            JsonNode spec = doc.path("spec");
                            crds.put(spec.path("group").asText() + "/" + spec.path("names").path("kind").asText(), doc);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        }
        if (crds.isEmpty()) {
            throw new IllegalStateException("no CustomResourceDefinition under " + dir);
        }
        return new CrdSchemas(crds);
    }

    /** What is wrong with the custom resources among {@code resources}; built-in kinds are not checked here. */
    List<String> problems(List<ObjectNode> resources) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : resources) {
            String apiVersion = resource.path("apiVersion").asText();
            int slash = apiVersion.indexOf('/');
            String group = slash < 0 ? "" : apiVersion.substring(0, slash);
            String version = apiVersion.substring(slash + 1);
            String kind = resource.path("kind").asText();
            if (BUILT_IN_GROUPS.contains(group)) {
                continue;
            }
            String what = kind + "/" + name(resource);
            JsonNode crd = crds.get(group + "/" + kind);
            if (crd == null) {
                problems.add(what + ": no CRD for " + kind + " in group " + group + " under deploy/k8s/schemas");
                continue;
            }
            JsonNode served = servedVersion(crd, version);
            if (served == null) {
                problems.add(what + ": " + apiVersion + " is not served by the " + kind + " CRD (it serves "
                        + servedVersions(crd) + ")");
                continue;
            }
            for (ValidationMessage m : schema(group, kind, served).validate(resource)) {
                problems.add(what + " (" + apiVersion + "): " + m.getMessage());
            }
        }
        return problems;
    }

    private static JsonNode servedVersion(JsonNode crd, String version) {
        for (JsonNode v : crd.path("spec").path("versions")) {
            if (v.path("name").asText().equals(version) && v.path("served").asBoolean(false)) {
                return v;
            }
        }
        return null;
    }

    private static List<String> servedVersions(JsonNode crd) {
        List<String> served = new ArrayList<>();
        crd.path("spec").path("versions").forEach(v -> {
            if (v.path("served").asBoolean(false)) {
                served.add(crd.path("spec").path("group").asText() + "/" + v.path("name").asText());
            }
        });
        return served;
    }

    private synchronized JsonSchema schema(String group, String kind, JsonNode version) {
        return schemas.computeIfAbsent(group + "/" + version.path("name").asText() + "/" + kind, key -> {
            JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
            close(schema);
            return FACTORY.getSchema(schema);
        });
    }

    /**
     * Closes every object schema that lists its properties (see the class comment), descending through
     * properties, items and additionalProperties. Branches of allOf/anyOf/oneOf/not are left open: in a structural
     * schema their {@code properties} only constrain values the main schema already declares (Strimzi's "one of
     * these fields" rules), so closing them would refuse valid resources.
     */
    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            object.put("additionalProperties", false);
        }
        object.path("properties").forEach(CrdSchemas::close);
        close(object.path("items"));
        close(object.path("additionalProperties"));
    }
}
