package cn.lianxi.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.gateway.policy.RouteRule;
import cn.lianxi.gateway.policy.RouteTable;
import cn.lianxi.gateway.proxy.Upstream;

/**
 * The gateway's one OpenAPI document (网关接口文档): the gateway's own operations and every service's, under the paths
 * the gateway serves ({@code /cases} becomes {@code /api/cases}, a service's {@code /audit/...} becomes
 * {@code /api/audit/{service}/...}) with a relative server, so Swagger UI's "Try it out" at the gateway calls the
 * gateway with the caller's bearer token. An operation's roles ({@code x-roles}) are the ones that get through both
 * the edge policy ({@link RouteTable}) and the service's own check; an operation no role can reach through the
 * gateway, or a path the gateway does not route, is left out. The answers the edge itself gives (401, 403, 413,
 * 429 on anonymous routes, 503, 504) are added to every operation, all as {@code application/problem+json}.
 */
public final class GatewayDocument {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode doc = JSON.createObjectNode();
    private final ObjectNode paths;
    private final ObjectNode components;

    private GatewayDocument(String version) {
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Lianxi (联席) at the gateway").put("version", version)
                .put("description", "Every route of the platform as the gateway serves it. Authorize with a bearer "
                        + "token from the realm `enforcement`; each operation lists the roles that may call it "
                        + "(x-roles). Errors are RFC 9457 application/problem+json.");
        doc.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        doc.putArray("tags");
        paths = doc.putObject("paths");
        components = (ObjectNode) readResource("/openapi/gateway-components.json");
        components.path("responses").forEach(r -> ((ObjectNode) r).set("content", problemContent()));
        doc.set("components", components);
    }

    /**
     * The merged document: {@code gateway} is the gateway's own (its {@code /q/openapi}), {@code services} each
     * reachable service's own document by {@link Upstream}; a service missing from the map is named in the
     * description as unavailable.
     */
    public static ObjectNode merge(JsonNode gateway, Map<Upstream, JsonNode> services) {
        GatewayDocument merged = new GatewayDocument(gateway.path("info").path("version").asText("0.1.0"));
        merged.addGatewayOwn(gateway);
        for (Upstream upstream : Upstream.values()) {
            JsonNode service = services.get(upstream);
            if (service == null) {
                ObjectNode info = (ObjectNode) merged.doc.path("info");
                info.put("description", info.path("description").asText() + " The " + upstream.key()
                        + " service did not answer for its document, so its operations are missing here.");
            } else {
                merged.addService(upstream, service);
            }
        }
        return merged.doc;
    }

    /** One service's document under the gateway's paths, with the gateway's server and edge answers. */
    public static ObjectNode forService(Upstream upstream, JsonNode gateway, JsonNode service) {
        GatewayDocument one = new GatewayDocument(gateway.path("info").path("version").asText("0.1.0"));
        ((ObjectNode) one.doc.path("info")).put("title", "Lianxi (联席) " + upstream.key() + " at the gateway");
        one.addService(upstream, service);
        return one.doc;
    }

    private void addGatewayOwn(JsonNode gateway) {
        gateway.path("paths").fields().forEachRemaining(path -> {
            ObjectNode item = path.getValue().deepCopy();
            operations(item).forEach(op -> {
                Optional<RouteRule> rule = RouteTable.ruleFor(op.getKey().toUpperCase(Locale.ROOT), concrete(path.getKey()));
                Set<String> roles = rule.filter(r -> !r.anonymous()).map(r -> (Set<String>) new TreeSet<>(r.roles()))
                        .orElse(Set.of());
                edgeAnswers(op.getValue(), rule, roles);
            });
            paths.set(path.getKey(), item);
        });
        mergeComponents("Gateway", gateway.path("components"), new java.util.HashMap<>());
        addTags(gateway);
    }

    private void addService(Upstream upstream, JsonNode service) {
        Map<String, String> renames = new java.util.HashMap<>();
        mergeComponents(upstream.key().substring(0, 1).toUpperCase(Locale.ROOT) + upstream.key().substring(1),
                service.path("components"), renames);
        addTags(service);
        service.path("paths").fields().forEachRemaining(path -> {
            String gatewayPath = gatewayPath(upstream, path.getKey());
            Optional<Upstream.Target> target = Upstream.resolve(concrete(gatewayPath));
            if (target.isEmpty() || target.get().upstream() != upstream
                    || !target.get().path().equals(concrete(path.getKey()))) {
                return; // the gateway does not route this path to this service
            }
            ObjectNode item = rewriteRefs(path.getValue().deepCopy(), renames);
            List<String> unreachable = new ArrayList<>();
            operations(item).forEach(op -> {
                Optional<RouteRule> rule = RouteTable.ruleFor(op.getKey().toUpperCase(Locale.ROOT),
                        concrete(gatewayPath));
                Set<String> roles = effectiveRoles(rule, op.getValue());
                if (rule.isEmpty() || roles == null) {
                    unreachable.add(op.getKey());
                    return;
                }
                ObjectNode operation = op.getValue();
                if (operation.has("operationId")) {
                    operation.put("operationId", upstream.key() + "_" + operation.path("operationId").asText());
                }
                edgeAnswers(operation, rule, roles);
            });
            unreachable.forEach(item::remove);
            if (!operations(item).isEmpty()) {
                paths.set(gatewayPath, item);
            }
        });
    }

    /** Roles both the edge and the service let through; null when none do. Empty set: anonymous. */
    private static Set<String> effectiveRoles(Optional<RouteRule> rule, ObjectNode operation) {
        if (rule.isEmpty()) {
            return null;
        }
        boolean secured = operation.path("security").size() > 0;
        if (rule.get().anonymous()) {
            return secured ? null : Set.of();
        }
        Set<String> roles = new TreeSet<>(rule.get().roles());
        if (operation.has("x-roles")) {
            Set<String> service = new TreeSet<>();
            operation.path("x-roles").forEach(r -> service.add(r.asText()));
            roles.retainAll(service);
        }
        return roles.isEmpty() ? null : roles;
    }

    /** The edge's own answers, the bearer requirement and the roles, on one operation. */
    private static void edgeAnswers(ObjectNode op, Optional<RouteRule> rule, Set<String> roles) {
        ObjectNode responses = op.has("responses") ? (ObjectNode) op.path("responses") : op.putObject("responses");
        boolean anonymous = rule.map(RouteRule::anonymous).orElse(true);
        if (!anonymous) {
            op.putArray("security").addObject().putArray("bearer");
            ArrayNode list = op.putArray("x-roles");
            roles.forEach(list::add);
            String line = "Roles: " + String.join(", ", roles) + ".";
            String description = op.path("description").asText("").replaceAll("(\\n\\n)?Roles: [^\\n]*$", "");
            op.put("description", description.isEmpty() ? line : description + "\n\n" + line);
            ref(responses, "401", "Unauthorized");
            ref(responses, "403", "Forbidden");
        } else {
            op.remove("security");
            op.remove("x-roles");
        }
        if (rule.map(RouteRule::rateLimited).orElse(false)) {
            ref(responses, "429", "RateLimited");
        }
        if (rule.isPresent()) {
            // /api/** only: the edge pipeline limits the body and guards the call to the service
            ref(responses, "413", "TooLarge");
            ref(responses, "503", "Unavailable");
            ref(responses, "504", "Timeout");
        }
        if (!responses.has("default")) {
            ref(responses, "default", "Problem");
        }
        responses.fields().forEachRemaining(r -> {
            boolean error = r.getKey().equals("default") || r.getKey().startsWith("4") || r.getKey().startsWith("5");
            if (error && !r.getValue().has("$ref")) {
                ((ObjectNode) r.getValue()).set("content", problemContent());
            }
        });
    }

    private static void ref(ObjectNode responses, String code, String name) {
        JsonNode existing = responses.path(code);
        if (existing.isMissingNode() || !existing.has("$ref") && !existing.has("content")) {
            responses.putObject(code).put("$ref", RESPONSES + name);
        }
    }

    /**
     * Adds a service's schemas, responses and schemes. A schema whose name is taken by a different definition is
     * renamed after the service ({@code Scope} of credit becomes {@code CreditScope}) and its references follow; a
     * shared response or scheme already defined keeps the first definition (the gateway's own come first: the
     * caller's 401 is the gateway's).
     */
    private void mergeComponents(String prefix, JsonNode from, Map<String, String> renames) {
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.path("schemas")
                : components.putObject("schemas");
        from.path("schemas").fields().forEachRemaining(e -> {
            JsonNode taken = schemas.path(e.getKey());
            if (!taken.isMissingNode() && !taken.equals(e.getValue())) {
                renames.put(SCHEMAS + e.getKey(), SCHEMAS + prefix + e.getKey());
            }
        });
        from.path("schemas").fields().forEachRemaining(e -> {
            String name = renames.containsKey(SCHEMAS + e.getKey()) ? prefix + e.getKey() : e.getKey();
            if (!schemas.has(name)) {
                schemas.set(name, rewriteRefs(e.getValue().deepCopy(), renames));
            }
        });
        for (String kind : List.of("responses", "securitySchemes")) {
            ObjectNode target = components.has(kind) ? (ObjectNode) components.path(kind) : components.putObject(kind);
            from.path(kind).fields().forEachRemaining(e -> {
                if (!target.has(e.getKey())) {
                    target.set(e.getKey(), rewriteRefs(e.getValue().deepCopy(), renames));
                }
            });
        }
    }

    private void addTags(JsonNode from) {
        ArrayNode tags = (ArrayNode) doc.path("tags");
        Set<String> known = new TreeSet<>();
        tags.forEach(t -> known.add(t.path("name").asText()));
        from.path("tags").forEach(t -> {
            if (known.add(t.path("name").asText())) {
                tags.add(t.deepCopy());
            }
        });
    }

    /** {@code /cases/{id}} → {@code /api/cases/{id}}; {@code /audit/verify} of liaison → {@code /api/audit/liaison/verify}. */
    static String gatewayPath(Upstream upstream, String servicePath) {
        if (servicePath.equals("/audit") || servicePath.startsWith("/audit/")) {
            return "/api/audit/" + upstream.key() + servicePath.substring("/audit".length());
        }
        return "/api" + servicePath;
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "x");
    }

    private static <T extends JsonNode> T rewriteRefs(T node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && renames.containsKey(ref.asText())) {
                object.put("$ref", renames.get(ref.asText()));
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renames));
        }
        return node;
    }

    private static List<Map.Entry<String, ObjectNode>> operations(ObjectNode item) {
        List<Map.Entry<String, ObjectNode>> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (METHODS.contains(e.getKey())) {
                ops.add(Map.entry(e.getKey(), (ObjectNode) e.getValue()));
            }
        }
        return ops;
    }

    private static ObjectNode problemContent() {
        ObjectNode content = JSON.createObjectNode();
        content.putObject(PROBLEM_JSON).putObject("schema").put("$ref", SCHEMAS + "Problem");
        return content;
    }

    private static JsonNode readResource(String name) {
        try (InputStream in = GatewayDocument.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
