package cn.lianxi.deploy.k8s;

import static cn.lianxi.deploy.k8s.Manifests.containers;
import static cn.lianxi.deploy.k8s.Manifests.find;
import static cn.lianxi.deploy.k8s.Manifests.name;
import static cn.lianxi.deploy.k8s.Manifests.ofKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks of the workloads in a rendered overlay against the services' own configuration. Every method returns
 * the problems it found (empty when all is well), so a test can also prove that a broken manifest is caught.
 */
final class ServiceChecks {

    private final Platform platform;
    private final List<ObjectNode> resources;

    ServiceChecks(Platform platform, List<ObjectNode> resources) {
        this.platform = platform;
        this.resources = resources;
    }

    /**
     * Every Deployment: probes (Lianxi's on their health paths and the management port, which serves health only),
     * resources, non-root, and a Service that selects its pods on its port.
     */
    List<String> deployments() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            String name = name(deployment);
            boolean lianxi = Platform.SERVICES.contains(name);
            JsonNode pod = deployment.path("spec").path("template");
            if (!pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                problems.add(name + ": pod does not set runAsNonRoot");
            }
            for (ObjectNode container : containers(deployment)) {
                String where = name + "/" + container.path("name").asText();
                problems.addAll(probe(where, container, "startupProbe", lianxi ? "/q/health/started" : null, lianxi));
                problems.addAll(probe(where, container, "readinessProbe", lianxi ? "/q/health/ready" : null, lianxi));
                problems.addAll(probe(where, container, "livenessProbe", lianxi ? "/q/health/live" : null, lianxi));
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.path("resources").path(bound).path(resource).asText("").isEmpty()) {
                            problems.add(where + ": no resources." + bound + "." + resource);
                        }
                    }
                }
                if (container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
            }
            problems.addAll(matchingService(deployment));
        }
        return problems;
    }

    /** {@code onManagement}: the probe must call the management port (the public port answers 404 there). */
    private static List<String> probe(String where, JsonNode container, String probe, String expectedPath,
            boolean onManagement) {
        JsonNode http = container.path(probe).path("httpGet");
        String path = http.path("path").asText("");
        if (http.isMissingNode() || path.isEmpty()) {
            return List.of(where + ": no HTTP " + probe);
        }
        if (expectedPath != null && !expectedPath.equals(path)) {
            return List.of(where + ": " + probe + " on " + path + ", expected " + expectedPath);
        }
        OptionalInt port = Manifests.containerPort(container, http.path("port"));
        if (port.isEmpty()) {
            return List.of(where + ": " + probe + " port " + http.path("port").asText() + " is not a container port");
        }
        if (onManagement && !port.equals(Manifests.managementPort(container))) {
            return List.of(where + ": " + probe + " on port " + http.path("port").asText()
                    + ", not the management port (health is served there only)");
        }
        return List.of();
    }

    private List<String> matchingService(ObjectNode deployment) {
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        JsonNode container = containers(deployment).get(0);
        List<ObjectNode> services = ofKind(resources, "Service").stream()
                .filter(s -> s.path("spec").has("selector") && Manifests.selects(s.path("spec").path("selector"), podLabels))
                .toList();
        if (services.isEmpty()) {
            return List.of(name(deployment) + ": no Service selects its pods");
        }
        List<String> problems = new ArrayList<>();
        for (ObjectNode service : services) {
            for (JsonNode port : service.path("spec").path("ports")) {
                OptionalInt target = Manifests.containerPort(container,
                        port.has("targetPort") ? port.get("targetPort") : port.get("port"));
                if (target.isEmpty()) {
                    problems.add(name(service) + ": targetPort " + port.path("targetPort").asText() + " is not a port of "
                            + name(deployment));
                } else if (Platform.SERVICES.contains(name(deployment)) && target.getAsInt() != port.path("port").asInt()) {
                    problems.add(name(service) + ": port " + port.path("port").asInt() + " differs from container port "
                            + target.getAsInt());
                }
            }
        }
        return problems;
    }

    /**
     * Container port = QUARKUS_HTTP_PORT of its ConfigMap = quarkus.http.port of the service (when written), and the
     * container port {@code management} = QUARKUS_MANAGEMENT_PORT = quarkus.management.port.
     */
    List<String> ports(String service) {
        Optional<ObjectNode> deployment = find(resources, "Deployment", service);
        if (deployment.isEmpty()) {
            return List.of(service + ": no Deployment");
        }
        ObjectNode container = containers(deployment.get()).get(0);
        int containerPort = container.path("ports").path(0).path("containerPort").asInt();
        List<String> problems = new ArrayList<>();
        String configured = Manifests.env(resources, container, "QUARKUS_HTTP_PORT").orElse("");
        if (!configured.equals(String.valueOf(containerPort))) {
            problems.add(service + ": QUARKUS_HTTP_PORT " + configured + " differs from container port " + containerPort);
        }
        platform.httpPort(service).ifPresent(port -> {
            if (port != containerPort) {
                problems.add(service + ": container port " + containerPort + " but quarkus.http.port=" + port);
            }
        });
        OptionalInt management = Manifests.managementPort(container);
        if (management.isEmpty()) {
            return append(problems, service + ": no container port named " + Manifests.MANAGEMENT);
        }
        String configuredManagement = Manifests.env(resources, container, "QUARKUS_MANAGEMENT_PORT").orElse("");
        if (!configuredManagement.equals(String.valueOf(management.getAsInt()))) {
            problems.add(service + ": QUARKUS_MANAGEMENT_PORT " + configuredManagement
                    + " differs from the management container port " + management.getAsInt());
        }
        platform.managementPort(service).ifPresent(port -> {
            if (port != management.getAsInt()) {
                problems.add(service + ": management container port " + management.getAsInt()
                        + " but quarkus.management.port=" + port);
            }
        });
        return problems;
    }

    /**
     * The gateway's LIANXI_*_URL point at the services' Services and ports, its LIANXI_*_MANAGEMENT_URL (the
     * overview's readiness) at the same Services' port {@code management}.
     */
    List<String> gatewayRoutes() {
        List<String> problems = new ArrayList<>();
        ObjectNode gateway = containers(find(resources, "Deployment", "gateway").orElseThrow()).get(0);
        String[][] routes = { { "CASE", "case-service" }, { "LIAISON", "agency-liaison-service" },
                { "CREDIT", "credit-sanction-service" } };
        for (String[] route : routes) {
            problems.addAll(gatewayRoute(gateway, "LIANXI_" + route[0] + "_URL", route[1], "http"));
            problems.addAll(gatewayRoute(gateway, "LIANXI_" + route[0] + "_MANAGEMENT_URL", route[1], Manifests.MANAGEMENT));
        }
        return problems;
    }

    /** {@code variable} of the gateway is {@code http://<service>:<port>} of the Service's port {@code portName}. */
    private List<String> gatewayRoute(ObjectNode gateway, String variable, String service, String portName) {
        int port = -1;
        for (JsonNode p : find(resources, "Service", service).map(s -> s.path("spec").path("ports"))
                .orElse(JsonNodeFactory.instance.arrayNode())) {
            if (portName.equals(p.path("name").asText())) {
                port = p.path("port").asInt();
            }
        }
        String expected = "http://" + service + ":" + port;
        String actual = Manifests.env(resources, gateway, variable).orElse("(unset)");
        return expected.equals(actual) ? List.of() : List.of("gateway: " + variable + "=" + actual + ", expected " + expected);
    }

    /** Image repository named like the module, tagged, and the module has its Dockerfile.jvm. */
    List<String> image(String service) {
        ObjectNode container = containers(find(resources, "Deployment", service).orElseThrow()).get(0);
        String image = container.path("image").asText();
        String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        List<String> problems = new ArrayList<>();
        if (!repository.substring(repository.lastIndexOf('/') + 1).equals(service)) {
            problems.add(service + ": image " + image + " is not named after the module");
        }
        if (!image.contains(":") || image.endsWith(":latest")) {
            problems.add(service + ": image " + image + " has no fixed tag");
        }
        if (!platform.read(service + "/pom.xml").contains("<artifactId>" + service + "</artifactId>")) {
            problems.add(service + ": no module of that artifactId");
        }
        return problems;
    }

    /** HPA on CPU (and on the consumer group's lag for consumers), a PDB, and HPA max ≤ partitions. */
    List<String> scaling(String service) {
        List<String> problems = new ArrayList<>();
        JsonNode podLabels = find(resources, "Deployment", service).orElseThrow()
                .path("spec").path("template").path("metadata").path("labels");
        if (ofKind(resources, "PodDisruptionBudget").stream()
                .noneMatch(p -> Manifests.selects(p.path("spec").path("selector"), podLabels))) {
            problems.add(service + ": no PodDisruptionBudget");
        }
        Optional<ObjectNode> hpa = ofKind(resources, "HorizontalPodAutoscaler").stream()
                .filter(h -> service.equals(h.path("spec").path("scaleTargetRef").path("name").asText())).findFirst();
        if (hpa.isEmpty()) {
            return append(problems, service + ": no HorizontalPodAutoscaler");
        }
        JsonNode metrics = hpa.get().path("spec").path("metrics");
        if (metrics.findValues("name").stream().noneMatch(n -> n.asText().equals("cpu"))) {
            problems.add(service + ": HPA does not scale on CPU");
        }
        for (String group : platform.consumerGroups(service)) {
            boolean onLag = metrics.findValues("external").stream().anyMatch(e -> e.path("metric").path("name").asText()
                    .equals("kafka_consumergroup_lag")
                    && group.equals(e.path("metric").path("selector").path("matchLabels").path("consumergroup").asText()));
            if (!onLag) {
                problems.add(service + ": HPA does not scale on the lag of consumer group " + group);
            }
        }
        int max = hpa.get().path("spec").path("maxReplicas").asInt();
        for (String topic : platform.consumedTopics(service)) {
            int partitions = PlatformChecks.topic(resources, topic).map(t -> t.path("spec").path("partitions").asInt())
                    .orElse(Integer.MAX_VALUE);
            if (max > partitions) {
                problems.add(service + ": HPA maxReplicas " + max + " exceeds the " + partitions + " partitions of " + topic);
            }
        }
        return problems;
    }

    /** The service's CNPG Cluster bootstraps its database and role; the Deployment uses its host and app secret. */
    List<String> database(String service) {
        Optional<Map.Entry<String, String>> db = platform.database(service);
        if (db.isEmpty()) {
            return List.of();
        }
        String database = db.get().getKey();
        Optional<ObjectNode> cluster = ofKind(resources, "Cluster").stream()
                .filter(c -> database.equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText()))
                .findFirst();
        if (cluster.isEmpty()) {
            return List.of(service + ": no CloudNativePG Cluster creates database " + database);
        }
        List<String> problems = new ArrayList<>();
        String clusterName = name(cluster.get());
        if (!db.get().getValue().equals(cluster.get().path("spec").path("bootstrap").path("initdb").path("owner").asText())) {
            problems.add(clusterName + ": owner is not the service's role " + db.get().getValue());
        }
        ObjectNode container = containers(find(resources, "Deployment", service).orElseThrow()).get(0);
        if (!Manifests.env(resources, container, "LIANXI_DB_HOST").orElse("").equals(clusterName + "-rw")) {
            problems.add(service + ": LIANXI_DB_HOST is not " + clusterName + "-rw");
        }
        boolean password = container.path("env").findValues("secretKeyRef").stream()
                .anyMatch(ref -> ref.path("name").asText().equals(clusterName + "-app"));
        if (!password) {
            problems.add(service + ": LIANXI_DB_PASSWORD does not come from secret " + clusterName + "-app");
        }
        return problems;
    }

    /** The Dockerfile.jvm: the agreed base image, the fast-jar layout, and the service's ports. */
    List<String> dockerfile(String service) {
        Optional<String> dockerfile = platform.dockerfile(service);
        if (dockerfile.isEmpty()) {
            return List.of(service + ": no src/main/docker/Dockerfile.jvm");
        }
        List<String> problems = new ArrayList<>();
        String text = dockerfile.get();
        if (!text.contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime")) {
            problems.add(service + ": Dockerfile.jvm is not based on ubi9/openjdk-17-runtime");
        }
        if (!text.contains("target/quarkus-app/")) {
            problems.add(service + ": Dockerfile.jvm does not copy the fast-jar (target/quarkus-app)");
        }
        int port = find(resources, "Deployment", service).map(d -> containers(d).get(0).path("ports").path(0)
                .path("containerPort").asInt()).orElse(-1);
        if (!text.contains("EXPOSE " + port)) {
            problems.add(service + ": Dockerfile.jvm does not EXPOSE " + port);
        }
        OptionalInt management = find(resources, "Deployment", service)
                .map(d -> Manifests.managementPort(containers(d).get(0))).orElse(OptionalInt.empty());
        if (management.isPresent() && !text.matches("(?s).*\\nEXPOSE [0-9 ]*\\b" + management.getAsInt() + "\\b.*")) {
            problems.add(service + ": Dockerfile.jvm does not EXPOSE the management port " + management.getAsInt());
        }
        if (!text.contains("USER 185")) {
            problems.add(service + ": Dockerfile.jvm does not run as the non-root user 185");
        }
        return problems;
    }

    private static List<String> append(List<String> problems, String problem) {
        problems.add(problem);
        return problems;
    }

}
