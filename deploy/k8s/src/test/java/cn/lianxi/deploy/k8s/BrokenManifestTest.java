package cn.lianxi.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks can fail: each case breaks an in-memory copy of the rendered prod overlay in one way and expects
 * the matching check to report it (and to report nothing on the intact copy). The first cases plant errors the
 * CRD schemas catch: a Strimzi resource on the v1beta2 API that Strimzi 1.0 no longer serves, fields and values
 * the upstream schemas refuse, and a custom resource whose CRD is not in schemas/.
 */
class BrokenManifestTest {

    private static final Platform PLATFORM = Platform.fromWorkingDirectory();
    private static final List<ObjectNode> PROD = ManifestValidationTest.render("prod");

    static Stream<Arguments> breakages() {
        return Stream.of(
                broken("a Strimzi resource still on v1beta2", "Kafka/lianxi: kafka.strimzi.io/v1beta2 is not served by the Kafka CRD",
                        r -> resource(r, "Kafka", "lianxi").put("apiVersion", "kafka.strimzi.io/v1beta2"), BrokenManifestTest::crds),
                broken("a field Strimzi v1 removed (Kafka resources moved to the node pools)",
                        "Kafka/lianxi (kafka.strimzi.io/v1): $.spec.kafka: property 'resources' is not defined in the schema",
                        r -> resource(r, "Kafka", "lianxi").withObjectProperty("spec").withObjectProperty("kafka")
                                .withObjectProperty("resources").withObjectProperty("requests").put("cpu", "1"),
                        BrokenManifestTest::crds),
                broken("a KafkaTopic with text for a number", "KafkaTopic/agency.results.v1 (kafka.strimzi.io/v1): $.spec.partitions",
                        r -> resource(r, "KafkaTopic", "agency.results.v1").withObjectProperty("spec").put("partitions", "many"),
                        BrokenManifestTest::crds),
                broken("a backup method CloudNativePG does not know", "ScheduledBackup/lianxi-case-db-nightly (postgresql.cnpg.io/v1): $.spec.method",
                        r -> resource(r, "ScheduledBackup", "lianxi-case-db-nightly").withObjectProperty("spec").put("method", "rsync"),
                        BrokenManifestTest::crds),
                broken("a custom resource with no CRD in schemas/", "Certificate/api: no CRD for Certificate in group cert-manager.io",
                        r -> r.add(certificate()), BrokenManifestTest::crds),
                broken("readiness probe removed", "case-service/case-service: no HTTP readinessProbe",
                        r -> container(r, "case-service").remove("readinessProbe"), (p, r) -> new ServiceChecks(p, r).deployments()),
                broken("liveness probe on the wrong path", "livenessProbe on /health",
                        r -> container(r, "gateway").withObjectProperty("livenessProbe").withObjectProperty("httpGet").put("path", "/health"),
                        (p, r) -> new ServiceChecks(p, r).deployments()),
                broken("memory limit removed", "agency-liaison-service/agency-liaison-service: no resources.limits.memory",
                        r -> container(r, "agency-liaison-service").withObjectProperty("resources").withObjectProperty("limits").remove("memory"),
                        (p, r) -> new ServiceChecks(p, r).deployments()),
                broken("Service selects nothing", "credit-sanction-service: no Service selects its pods",
                        r -> resource(r, "Service", "credit-sanction-service").withObjectProperty("spec").withObjectProperty("selector")
                                .put("app.kubernetes.io/name", "credit"), (p, r) -> new ServiceChecks(p, r).deployments()),
                broken("container port changed", "container port 8080 but quarkus.http.port=18082",
                        r -> {
                            ((ObjectNode) container(r, "agency-liaison-service").path("ports").get(0)).put("containerPort", 8080);
                            resource(r, "ConfigMap", "agency-liaison-service-config").withObjectProperty("data").put("QUARKUS_HTTP_PORT", "8080");
                        }, (p, r) -> new ServiceChecks(p, r).ports("agency-liaison-service")),
                broken("KafkaTopic missing", "no KafkaTopic for agency.results.v1",
                        r -> r.remove(resource(r, "KafkaTopic", "agency.results.v1")), (p, r) -> new PlatformChecks(p, r).topics()),
                broken("dead-letter topic missing", "no KafkaTopic for enforcement.cases.dlq.credit-sanction-service.v1",
                        r -> r.remove(resource(r, "KafkaTopic", "enforcement.cases.dlq.credit-sanction-service.v1")),
                        (p, r) -> new PlatformChecks(p, r).topics()),
                broken("min ISR lowered", "Kafka min.insync.replicas is 1, expected 2",
                        r -> resource(r, "Kafka", "lianxi").withObjectProperty("spec").withObjectProperty("kafka").withObjectProperty("config").put("min.insync.replicas", 1),
                        (p, r) -> new PlatformChecks(p, r).kafka()),
                broken("two brokers", "Kafka has 2 brokers, expected 3",
                        r -> resource(r, "KafkaNodePool", "brokers").withObjectProperty("spec").put("replicas", 2),
                        (p, r) -> new PlatformChecks(p, r).kafka()),
                broken("two KRaft controllers", "Kafka has 2 KRaft controllers, expected 3",
                        r -> resource(r, "KafkaNodePool", "controllers").withObjectProperty("spec").put("replicas", 2),
                        (p, r) -> new PlatformChecks(p, r).kafka()),
                broken("case-service exposed by a LoadBalancer", "case-service: Service type LoadBalancer",
                        r -> resource(r, "Service", "case-service").withObjectProperty("spec").put("type", "LoadBalancer"),
                        (p, r) -> new PlatformChecks(p, r).exposure()),
                broken("Ingress to a backend service", "Ingress exposes credit-sanction-service",
                        r -> resource(r, "Ingress", "gateway").withObjectProperty("spec").withArrayProperty("rules").get(0).withObjectProperty("http")
                                .withArrayProperty("paths").get(0).withObjectProperty("backend").withObjectProperty("service").put("name", "credit-sanction-service"),
                        (p, r) -> new PlatformChecks(p, r).exposure()),
                broken("ingress controller let into the liaison service",
                        "agency-liaison-service-ingress: lets namespace 'ingress-nginx' reach agency-liaison-service",
                        r -> ((ObjectNode) resource(r, "NetworkPolicy", "agency-liaison-service-ingress").withObjectProperty("spec")
                                .withArrayProperty("ingress").get(0).withArrayProperty("from").addObject()).withObjectProperty("namespaceSelector")
                                .withObjectProperty("matchLabels").put("kubernetes.io/metadata.name", "ingress-nginx"),
                        (p, r) -> new PlatformChecks(p, r).exposure()),
                broken("database missing", "case-service: no CloudNativePG Cluster creates database lianxi_case",
                        r -> r.remove(resource(r, "Cluster", "lianxi-case-db")), (p, r) -> new ServiceChecks(p, r).database("case-service")),
                broken("image renamed", "gateway: image registry.lianxi.example/lianxi/api-gateway:0.1.0 is not named after the module",
                        r -> container(r, "gateway").put("image", "registry.lianxi.example/lianxi/api-gateway:0.1.0"),
                        (p, r) -> new ServiceChecks(p, r).image("gateway")),
                broken("HPA beyond the partitions", "agency-liaison-service: HPA maxReplicas 40 exceeds the 24 partitions of",
                        r -> resource(r, "HorizontalPodAutoscaler", "agency-liaison-service").withObjectProperty("spec").put("maxReplicas", 40),
                        (p, r) -> new ServiceChecks(p, r).scaling("agency-liaison-service")),
                broken("realm edited in the ConfigMap", "ConfigMap lianxi-realm does not hold deploy/keycloak/enforcement-realm.json",
                        r -> resource(r, "ConfigMap", "lianxi-realm").withObjectProperty("data").put("enforcement-realm.json", "{}"),
                        (p, r) -> new PlatformChecks(p, r).keycloak()),
                broken("a real secret", "lianxi-backup-s3: ACCESS_KEY_ID is not the placeholder REPLACE_ME",
                        r -> resource(r, "Secret", "lianxi-backup-s3").withObjectProperty("stringData").put("ACCESS_KEY_ID", "AKIA123"),
                        (p, r) -> new PlatformChecks(p, r).secrets()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void theCheckReportsIt(String what, String expected, Consumer<List<ObjectNode>> breakage,
            BiFunction<Platform, List<ObjectNode>, List<String>> check) {
        List<ObjectNode> intact = copy();
        assertEquals(List.of(), check.apply(PLATFORM, intact), "the intact copy passes");
        List<ObjectNode> broken = copy();
        breakage.accept(broken);
        List<String> problems = check.apply(PLATFORM, broken);
        assertFalse(problems.isEmpty(), what + " went unnoticed");
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    private static Arguments broken(String what, String expected, Consumer<List<ObjectNode>> breakage,
            BiFunction<Platform, List<ObjectNode>, List<String>> check) {
        return Arguments.of(what, expected, breakage, check);
    }

    private static List<ObjectNode> copy() {
        return new ArrayList<>(PROD.stream().map(ObjectNode::deepCopy).toList());
    }

    private static List<String> crds(Platform platform, List<ObjectNode> resources) {
        return ManifestValidationTest.CRDS.problems(resources);
    }

    private static ObjectNode certificate() {
        ObjectNode certificate = JsonNodeFactory.instance.objectNode()
                .put("apiVersion", "cert-manager.io/v1").put("kind", "Certificate");
        certificate.putObject("metadata").put("name", "api");
        return certificate;
    }

    private static ObjectNode resource(List<ObjectNode> resources, String kind, String name) {
        return Manifests.find(resources, kind, name).orElseThrow(() -> new AssertionError(kind + "/" + name));
    }

    private static ObjectNode container(List<ObjectNode> resources, String deployment) {
        return Manifests.containers(resource(resources, "Deployment", deployment)).get(0);
    }
}
