package cn.lianxi.deploy.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Look-ups over a rendered list of manifests. */
final class Manifests {

    private Manifests() {
    }

    static boolean is(JsonNode resource, String kind, String name) {
        return kind.equals(resource.path("kind").asText()) && name.equals(name(resource));
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream().filter(r -> is(r, kind, name)).findFirst();
    }

    /** The containers (and init containers) of a Deployment's pod template; empty for other kinds. */
    static List<ObjectNode> containers(JsonNode resource) {
        List<ObjectNode> containers = new ArrayList<>();
        JsonNode pod = resource.path("spec").path("template").path("spec");
        for (String field : List.of("initContainers", "containers")) {
            pod.path(field).forEach(c -> containers.add((ObjectNode) c));
        }
        return containers;
    }

    /** The container port named {@code management}: Quarkus' management interface (health and metrics). */
    static final String MANAGEMENT = "management";

    /** A container port given by name or number, as probes and Service targetPorts refer to it. */
    static OptionalInt containerPort(JsonNode container, JsonNode reference) {
        for (JsonNode port : container.path("ports")) {
            if (reference.isInt() ? reference.asInt() == port.path("containerPort").asInt()
                    : reference.asText().equals(port.path("name").asText())) {
                return OptionalInt.of(port.path("containerPort").asInt());
            }
        }
        return OptionalInt.empty();
    }

    /** The number of the container's management port, if it has one. */
    static OptionalInt managementPort(JsonNode container) {
        return containerPort(container, JsonNodeFactory.instance.textNode(MANAGEMENT));
    }

    /** Whether a label selector ({@code matchLabels}/{@code matchExpressions} Exists, or a plain map) selects the labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode matchLabels = selector.has("matchLabels") || selector.has("matchExpressions")
                ? selector.path("matchLabels") : selector;
        for (Map.Entry<String, JsonNode> entry : iterable(matchLabels)) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            if (!"Exists".equals(expression.path("operator").asText())) {
                throw new IllegalArgumentException("only the Exists operator is supported: " + expression);
            }
            if (!labels.has(expression.path("key").asText())) {
                return false;
            }
        }
        return true;
    }

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    /** The value of a plain environment variable of the container, or of the ConfigMaps it takes its env from. */
    static Optional<String> env(List<ObjectNode> resources, JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (variable.equals(env.path("name").asText()) && env.has("value")) {
                return Optional.of(env.get("value").asText());
            }
        }
        Optional<String> fromMaps = Optional.empty();
        for (JsonNode source : container.path("envFrom")) {
            String map = source.path("configMapRef").path("name").asText(null);
            Optional<String> value = map == null ? Optional.empty()
                    : find(resources, "ConfigMap", map).map(m -> m.path("data").path(variable).asText(null));
            fromMaps = value.isPresent() ? value : fromMaps; // a later source wins, as in Kubernetes
        }
        return fromMaps;
    }
}
