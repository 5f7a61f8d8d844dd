package cn.lianxi.deploy.k8s;

import static cn.lianxi.deploy.k8s.Manifests.containers;
import static cn.lianxi.deploy.k8s.Manifests.find;
import static cn.lianxi.deploy.k8s.Manifests.name;
import static cn.lianxi.deploy.k8s.Manifests.ofKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks of the infrastructure in a rendered overlay: Kafka and its topics, exposure, Keycloak's realm, secrets,
 * monitoring and alerts. Every method returns the problems it found.
 */
final class PlatformChecks {

    /** Alerts OPERATIONS.md must have a runbook for. */
    static final Set<String> ALERTS = Set.of("LianxiConsumerLagHigh", "LianxiDeadLetterRecords", "LianxiOutboxBacklog",
            "LianxiOutboxRelayStalled", "LianxiHttp5xxRate", "LianxiReadinessDown", "LianxiServiceUnavailable",
            "LianxiReferralsOverdue");

    /** Pods the outside world may reach (through the ingress controller). */
    private static final Set<String> PUBLIC = Set.of("gateway", "keycloak");
    private static final Set<String> INFRASTRUCTURE_NAMESPACES = Set.of("monitoring", "cnpg-system");

    /** Requests from outside that must reach each public backend ({realm}: the imported realm's name). */
    static final Map<String, List<String>> PUBLIC_PATHS = Map.of(
            "gateway", List.of("/api/cases", "/api/public/listings", "/api/admin/overview/stream", "/dashboard/",
                    "/dashboard/index.html", "/dashboard-config", "/dashboard-catalogue", "/openapi",
                    "/openapi/case-service", "/q/swagger-ui", "/q/swagger-ui/index.html"),
            "keycloak", List.of("/realms/{realm}/protocol/openid-connect/auth",
                    "/realms/{realm}/protocol/openid-connect/token", "/realms/{realm}/protocol/openid-connect/certs",
                    "/realms/{realm}/protocol/openid-connect/logout", "/realms/{realm}/.well-known/openid-configuration",
                    "/realms/{realm}/login-actions/authenticate", "/realms/{realm}/login-actions/required-action",
                    "/resources/x1y2z/login/keycloak.v2/css/styles.css"));
    /**
     * Requests from outside that must reach nothing: the services' operational endpoints (metrics, health, the
     * raw OpenAPI, dev UI) and Keycloak's admin console, admin API, master realm, health and metrics.
     */
    static final Map<String, List<String>> PRIVATE_PATHS = Map.of(
            "gateway", List.of("/", "/q", "/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
                    "/q/openapi", "/q/dev-ui", "/q/info", "/metrics", "/health"),
            "keycloak", List.of("/admin", "/admin/master/console/", "/admin/realms/{realm}/users",
                    "/realms/master/protocol/openid-connect/token", "/realms/master/account", "/realms/",
                    "/health/ready", "/metrics"));
    /** ingress-nginx annotations under which the paths no longer mean what Kubernetes says. */
    private static final List<String> CONTROLLER_MATCHING = List.of("/use-regex", "/rewrite-target",
            "/server-snippet", "/configuration-snippet", "/app-root");

    private final Platform platform;
    private final List<ObjectNode> resources;

    PlatformChecks(Platform platform, List<ObjectNode> resources) {
        this.platform = platform;
        this.resources = resources;
    }

    static Optional<ObjectNode> topic(List<ObjectNode> resources, String topic) {
        return ofKind(resources, "KafkaTopic").stream().filter(t -> topic.equals(topicName(t))).findFirst();
    }

    private static String topicName(JsonNode kafkaTopic) {
        return kafkaTopic.path("spec").path("topicName").asText(name(kafkaTopic));
    }

    /** A KafkaTopic for every topic the platform names; each replicated 3 times with min ISR ≥ 2. */
    List<String> topics() {
        List<String> problems = new ArrayList<>();
        for (String topic : platform.requiredTopics()) {
            if (topic(resources, topic).isEmpty()) {
                problems.add("no KafkaTopic for " + topic);
            }
        }
        for (ObjectNode topic : ofKind(resources, "KafkaTopic")) {
            JsonNode spec = topic.path("spec");
            if (spec.path("replicas").asInt(3) != 3) {
                problems.add(topicName(topic) + ": replicas " + spec.path("replicas").asInt() + ", expected 3");
            }
            if (spec.path("config").path("min.insync.replicas").asInt(2) < 2) {
                problems.add(topicName(topic) + ": min.insync.replicas below 2");
            }
            if (spec.path("partitions").asInt(0) < 1) {
                problems.add(topicName(topic) + ": no partitions");
            }
            if (!topic.path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(kafkaName())) {
                problems.add(topicName(topic) + ": not labelled for the Kafka cluster " + kafkaName());
            }
        }
        return problems;
    }

    private String kafkaName() {
        return ofKind(resources, "Kafka").stream().findFirst().map(Manifests::name).orElse("(none)");
    }

    /** One KRaft Kafka: three controllers, three brokers, RF 3, min ISR 2, no automatic topics, internal listeners only. */
    List<String> kafka() {
        List<ObjectNode> clusters = ofKind(resources, "Kafka");
        if (clusters.size() != 1) {
            return List.of(clusters.size() + " Kafka resources, expected 1");
        }
        List<String> problems = new ArrayList<>();
        JsonNode kafka = clusters.get(0).path("spec").path("kafka");
        int brokers = nodes("broker");
        if (brokers != 3) {
            problems.add("Kafka has " + brokers + " brokers, expected 3");
        }
        // KRaft (Strimzi 1.0 knows no other mode; its v1 schema has no spec.zookeeper): a quorum of three
        // controllers, so one may fail
        int controllers = nodes("controller");
        if (controllers != 3) {
            problems.add("Kafka has " + controllers + " KRaft controllers, expected 3");
        }
        expect(problems, kafka.path("config"), "default.replication.factor", "3");
        expect(problems, kafka.path("config"), "min.insync.replicas", "2");
        expect(problems, kafka.path("config"), "offsets.topic.replication.factor", "3");
        expect(problems, kafka.path("config"), "auto.create.topics.enable", "false");
        for (JsonNode listener : kafka.path("listeners")) {
            if (!"internal".equals(listener.path("type").asText())) {
                problems.add("Kafka listener " + listener.path("name").asText() + " is exposed outside the cluster");
            }
        }
        String bootstrap = name(clusters.get(0)) + "-kafka-bootstrap:9092";
        if (!bootstrap.equals(common("KAFKA_BOOTSTRAP_SERVERS"))) {
            problems.add("KAFKA_BOOTSTRAP_SERVERS is not " + bootstrap);
        }
        return problems;
    }

    /** The nodes of this Kafka's node pools that have the role. */
    private int nodes(String role) {
        return ofKind(resources, "KafkaNodePool").stream()
                .filter(p -> p.path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(kafkaName()))
                .filter(p -> p.path("spec").path("roles").toString().contains("\"" + role + "\""))
                .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
    }

    private static void expect(List<String> problems, JsonNode config, String key, String value) {
        if (!value.equals(config.path(key).asText())) {
            problems.add("Kafka " + key + " is " + config.path(key).asText("(unset)") + ", expected " + value);
        }
    }

    private String common(String key) {
        return find(resources, "ConfigMap", "lianxi-common").map(c -> c.path("data").path(key).asText()).orElse("");
    }

    /**
     * The Ingresses route, path by path, what browsers and the agencies' systems need and nothing else (see
     * base/platform/ingress.yaml): each request of {@link #PUBLIC_PATHS} reaches its backend, and none of
     * {@link #PRIVATE_PATHS} reaches any backend. Paths match as Kubernetes defines {@code Prefix} (whole segments)
     * and {@code Exact}; what only a controller knows (regex paths, rewrites, snippets, a default backend,
     * {@code ImplementationSpecific}) is refused, since these requests could not be judged.
     */
    List<String> ingressRoutes() {
        List<String> problems = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        for (ObjectNode ingress : ofKind(resources, "Ingress")) {
            if (ingress.path("spec").has("defaultBackend")) {
                problems.add("Ingress " + name(ingress) + " has a default backend: every unlisted path reaches it");
            }
            ingress.path("metadata").path("annotations").fieldNames().forEachRemaining(annotation -> {
                if (CONTROLLER_MATCHING.stream().anyMatch(annotation::endsWith)) {
                    problems.add("Ingress " + name(ingress) + ": annotation " + annotation + " changes which paths match");
                }
            });
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode p : rule.path("http").path("paths")) {
                    Route route = new Route(name(ingress), p.path("pathType").asText(), p.path("path").asText(),
                            p.path("backend").path("service").path("name").asText());
                    if (!route.type().equals("Prefix") && !route.type().equals("Exact")) {
                        problems.add("Ingress " + route.ingress() + ": path " + route.path() + " has pathType "
                                + route.type() + ", whose matching only the controller knows");
                    }
                    routes.add(route);
                }
            }
        }
        String realm = realmName();
        PUBLIC_PATHS.forEach((backend, requests) -> requests.stream().map(r -> r.replace("{realm}", realm))
                .forEach(request -> {
                    if (routes.stream().noneMatch(r -> r.backend().equals(backend) && r.matches(request))) {
                        problems.add(request + " does not reach " + backend + " through an Ingress");
                    }
                }));
        PRIVATE_PATHS.forEach((backend, requests) -> requests.stream().map(r -> r.replace("{realm}", realm))
                .forEach(request -> routes.stream().filter(r -> r.matches(request)).forEach(r -> problems.add(
                        "Ingress " + r.ingress() + " routes " + request + " (" + r.type() + " " + r.path() + ") to "
                                + r.backend()))));
        return problems;
    }

    /** One path of an Ingress rule. */
    record Route(String ingress, String type, String path, String backend) {

        /** Kubernetes' matching: Exact is the path itself; Prefix matches element by element on '/'. */
        boolean matches(String request) {
            if (type.equals("Exact")) {
                return request.equals(path);
            }
            String prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return prefix.isEmpty() || request.equals(prefix) || request.startsWith(prefix + "/");
        }
    }

    /** Only the gateway (and Keycloak's realm endpoints) can be reached from outside the namespace. */
    List<String> exposure() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode service : ofKind(resources, "Service")) {
            if (!service.path("spec").path("type").asText("ClusterIP").equals("ClusterIP")) {
                problems.add(name(service) + ": Service type " + service.path("spec").path("type").asText());
            }
        }
        Set<String> backends = new TreeSet<>();
        for (ObjectNode ingress : ofKind(resources, "Ingress")) {
            for (JsonNode path : ingress.path("spec").path("rules").findValues("paths")) {
                for (JsonNode p : path) {
                    backends.add(p.path("backend").path("service").path("name").asText());
                }
            }
        }
        if (!backends.contains("gateway")) {
            problems.add("no Ingress routes to the gateway");
        }
        backends.stream().filter(b -> !PUBLIC.contains(b)).forEach(b -> problems.add("Ingress exposes " + b));
        problems.addAll(networkPolicies());
        return problems;
    }

    private List<String> networkPolicies() {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> policies = ofKind(resources, "NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress") && p.path("spec").path("ingress").isEmpty());
        if (!defaultDeny) {
            problems.add("no default-deny ingress NetworkPolicy");
        }
        for (ObjectNode policy : policies) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (!rule.has("from") || rule.path("from").isEmpty()) {
                    problems.add(name(policy) + ": a rule allows traffic from anywhere");
                }
                for (JsonNode peer : rule.path("from")) {
                    problems.addAll(peer(policy, peer));
                }
            }
        }
        for (String service : Platform.SERVICES) {
            JsonNode labels = find(resources, "Deployment", service).orElseThrow().path("spec").path("template")
                    .path("metadata").path("labels");
            boolean reachable = policies.stream().filter(p -> Manifests.selects(p.path("spec").path("podSelector"), labels))
                    .flatMap(p -> p.path("spec").path("ingress").findValues("from").stream())
                    .anyMatch(from -> from.toString().contains(service.equals("gateway") ? "ingress-nginx" : "gateway"));
            if (!reachable) {
                problems.add(service + ": no NetworkPolicy lets " + (service.equals("gateway") ? "the ingress controller"
                        : "the gateway") + " reach it");
            }
        }
        return problems;
    }

    /** A peer outside the namespace may only be infrastructure, or the ingress controller for public pods. */
    private List<String> peer(ObjectNode policy, JsonNode peer) {
        if (peer.has("ipBlock")) {
            return List.of(name(policy) + ": allows an ipBlock");
        }
        if (!peer.has("namespaceSelector")) {
            return List.of();
        }
        String namespace = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
        if (INFRASTRUCTURE_NAMESPACES.contains(namespace)) {
            return List.of();
        }
        String selected = policy.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
        if (namespace.equals("ingress-nginx") && PUBLIC.contains(selected)) {
            return List.of();
        }
        return List.of(name(policy) + ": lets namespace '" + namespace + "' reach " + (selected.isEmpty() ? "pods" : selected));
    }

    /** Keycloak imports exactly the overlay's realm file (a repository path: one source of truth, no copy). */
    List<String> keycloak(String realmFile) {
        List<String> problems = new ArrayList<>();
        String realm = realmJson();
        if (!realm.equals(platform.realmJson(realmFile))) {
            problems.add("ConfigMap lianxi-realm does not hold " + realmFile);
        }
        Optional<ObjectNode> keycloak = find(resources, "Deployment", "keycloak");
        if (keycloak.isEmpty()) {
            return append(problems, "no Keycloak Deployment");
        }
        ObjectNode container = containers(keycloak.get()).get(0);
        if (!container.path("image").asText().equals("quay.io/keycloak/keycloak:26.5.6")) {
            problems.add("Keycloak image is " + container.path("image").asText());
        }
        if (!container.path("args").toString().contains("--import-realm")) {
            problems.add("Keycloak does not import the realm");
        }
        boolean mounted = keycloak.get().path("spec").path("template").path("spec").path("volumes").findValues("configMap")
                .stream().anyMatch(c -> c.path("name").asText().equals("lianxi-realm"))
                && container.path("volumeMounts").findValuesAsText("mountPath").contains("/opt/keycloak/data/import");
        if (!mounted) {
            problems.add("Keycloak does not mount lianxi-realm at /opt/keycloak/data/import");
        }
        String realmName = realmName();
        if (!common("LIANXI_OIDC_URL").equals("http://keycloak:8080/realms/" + realmName)) {
            problems.add("LIANXI_OIDC_URL does not point at realm " + realmName + " of Service keycloak");
        }
        return problems;
    }

    private String realmJson() {
        return find(resources, "ConfigMap", "lianxi-realm")
                .map(c -> c.path("data").path("enforcement-realm.json").asText()).orElse("");
    }

    /** The name of the realm Keycloak imports (from the rendered ConfigMap). */
    private String realmName() {
        try {
            return new ObjectMapper().readTree(realmJson().isEmpty() ? "{}" : realmJson()).path("realm").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("ConfigMap lianxi-realm", e);
        }
    }

    /** Secrets in the manifests are placeholders only. */
    List<String> secrets() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : ofKind(resources, "Secret")) {
            if (secret.has("data")) {
                problems.add(name(secret) + ": Secret carries encoded data");
            }
            secret.path("stringData").fields().forEachRemaining(e -> {
                if (!e.getValue().asText().equals("REPLACE_ME")) {
                    problems.add(name(secret) + ": " + e.getKey() + " is not the placeholder REPLACE_ME");
                }
            });
        }
        return problems;
    }

    /**
     * The services' metrics are scraped (from their pods' management port: no Service for the Ingress carries it),
     * every required alert exists and has a runbook in OPERATIONS.md.
     */
    List<String> monitoring() {
        List<String> problems = new ArrayList<>();
        boolean scraped = ofKind(resources, "PodMonitor").stream()
                .flatMap(m -> stream(m.path("spec").path("podMetricsEndpoints")))
                .anyMatch(e -> e.path("path").asText().equals("/q/metrics")
                        && e.path("port").asText().equals(Manifests.MANAGEMENT));
        if (!scraped) {
            problems.add("no PodMonitor scrapes /q/metrics on the port " + Manifests.MANAGEMENT);
        }
        List<String> alerts = ofKind(resources, "PrometheusRule").stream()
                .flatMap(r -> r.path("spec").path("groups").findValuesAsText("alert").stream()).toList();
        String operations = platform.operations().orElse("");
        for (String alert : ALERTS) {
            if (!alerts.contains(alert)) {
                problems.add("no alert " + alert);
            }
            if (!operations.contains("### " + alert)) {
                problems.add("OPERATIONS.md has no runbook section ### " + alert);
            }
        }
        return problems;
    }

    /**
     * The management ports (health and metrics, the container ports named {@code management}) are private: no Service
     * an Ingress routes to carries one, and no NetworkPolicy lets the ingress controller reach one. The kubelet's probes
     * and Prometheus (PodMonitor) reach them on the pods; the gateway's overview through the services' Services.
     */
    List<String> managementPorts() {
        List<String> problems = new ArrayList<>();
        Set<String> routed = new TreeSet<>();
        for (ObjectNode ingress : ofKind(resources, "Ingress")) {
            ingress.path("spec").path("rules").findValues("service").forEach(b -> routed.add(b.path("name").asText()));
        }
        for (String name : routed) {
            find(resources, "Service", name).ifPresent(service -> {
                for (ObjectNode container : selectedContainers(service.path("spec").path("selector"))) {
                    OptionalInt management = Manifests.managementPort(container);
                    for (JsonNode port : service.path("spec").path("ports")) {
                        OptionalInt target = Manifests.containerPort(container,
                                port.has("targetPort") ? port.get("targetPort") : port.get("port"));
                        if (management.isPresent() && target.equals(management)) {
                            problems.add("Service " + name + ", routed by an Ingress, carries the management port "
                                    + management.getAsInt() + " (port " + port.path("port").asInt() + ")");
                        }
                    }
                }
            });
        }
        for (ObjectNode policy : ofKind(resources, "NetworkPolicy")) {
            List<ObjectNode> containers = selectedContainers(policy.path("spec").path("podSelector"));
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                boolean fromController = stream(rule.path("from")).anyMatch(peer -> peer.path("namespaceSelector")
                        .path("matchLabels").path("kubernetes.io/metadata.name").asText().equals("ingress-nginx"));
                if (!fromController) {
                    continue;
                }
                for (ObjectNode container : containers) {
                    OptionalInt management = Manifests.managementPort(container);
                    boolean admitted = management.isPresent() && (!rule.has("ports") || stream(rule.path("ports"))
                            .anyMatch(p -> Manifests.containerPort(container, p.path("port")).equals(management)));
                    if (admitted) {
                        problems.add(name(policy) + ": lets the ingress controller reach the management port "
                                + management.getAsInt());
                    }
                }
            }
        }
        return problems;
    }

    /** The containers of the Deployments whose pods the selector selects. */
    private List<ObjectNode> selectedContainers(JsonNode selector) {
        return ofKind(resources, "Deployment").stream()
                .filter(d -> Manifests.selects(selector, d.path("spec").path("template").path("metadata").path("labels")))
                .flatMap(d -> containers(d).stream()).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> append(List<String> problems, String problem) {
        problems.add(problem);
        return problems;
    }
}
