package cn.lianxi.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks can fail: each case breaks an in-memory copy of the rendered prod overlay in one way and expects
 * the matching check to report it (and to report nothing on the intact copy). The first cases plant errors the
 * CRD schemas catch: a Strimzi resource on the v1beta2 API that Strimzi 1.0 no longer serves, fields and values
 * the upstream schemas refuse, and a custom resource whose CRD is not in schemas/. The last ones plant dev material
 * and weaken the production realm and the Ingresses (ProductionChecks, PlatformChecks.ingressRoutes), and open
 * the management ports (health, metrics) to the Ingress (PlatformChecks.managementPorts).
 */
class BrokenManifestTest {

    private static final Platform PLATFORM = Platform.fromWorkingDirectory();
    private static final List<ObjectNode> PROD = ManifestValidationTest.render("prod");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> breakages() {
        return Stream.of(
                broken("a Strimzi resource still on v1beta2", "Kafka/lianxi: kafka.strimzi.io/v1beta2 is not served by the Kafka CRD",
                        r -> resource(r, "Kafka", "lianxi").put("apiVersion", "kafka.strimzi.io/v1beta2"), BrokenManifestTest::crds),
                broken("a field Strimzi v1 removed (Kafka resources moved to the node pools)",
                        "Kafka/lianxi (kafka.strimzi.io/v1): $.spec.kafka: property 'resources' is not defined in the schema",
                        r -> resource(r, "Kafka", "lianxi").withObjectProperty("spec").withObjectProperty("kafka")
                                .withObjectProperty("resources").withObjectProperty("requests").put("cpu", "1"),
                        BrokenManifestTest::crds),
                broken("a KafkaTopic with text for a number", "KafkaTopic/liaison.outcomes.v1 (kafka.strimzi.io/v1): $.spec.partitions",
                        r -> resource(r, "KafkaTopic", "liaison.outcomes.v1").withObjectProperty("spec").put("partitions", "many"),
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
                broken("readiness probe on the public port", "gateway/gateway: readinessProbe on port http, not the management port",
                        r -> container(r, "gateway").withObjectProperty("readinessProbe").withObjectProperty("httpGet").put("port", "http"),
                        (p, r) -> new ServiceChecks(p, r).deployments()),
                broken("management port moved", "management container port 9000 but quarkus.management.port=18091",
                        r -> {
                            managementPort(container(r, "case-service")).put("containerPort", 9000);
                            resource(r, "ConfigMap", "case-service-config").withObjectProperty("data").put("QUARKUS_MANAGEMENT_PORT", "9000");
                        }, (p, r) -> new ServiceChecks(p, r).ports("case-service")),
                broken("the gateway's Service carries its management port",
                        "Service gateway, routed by an Ingress, carries the management port 18090",
                        r -> resource(r, "Service", "gateway").withObjectProperty("spec").withArrayProperty("ports").addObject()
                                .put("name", "management").put("port", 18090).put("targetPort", "management"),
                        (p, r) -> new PlatformChecks(p, r).managementPorts()),
                broken("the ingress controller let onto the gateway's management port",
                        "gateway-ingress: lets the ingress controller reach the management port 18090",
                        r -> ((ObjectNode) resource(r, "NetworkPolicy", "gateway-ingress").withObjectProperty("spec")
                                .withArrayProperty("ingress").get(0)).withArrayProperty("ports").addObject().put("port", 18090),
                        (p, r) -> new PlatformChecks(p, r).managementPorts()),
                broken("metrics scraped on the public port", "no PodMonitor scrapes /q/metrics on the port management",
                        r -> ((ObjectNode) resource(r, "PodMonitor", "lianxi-services").withObjectProperty("spec")
                                .withArrayProperty("podMetricsEndpoints").get(0)).put("port", "http"),
                        (p, r) -> new PlatformChecks(p, r).monitoring()),
                broken("KafkaTopic missing", "no KafkaTopic for liaison.outcomes.v1",
                        r -> r.remove(resource(r, "KafkaTopic", "liaison.outcomes.v1")), (p, r) -> new PlatformChecks(p, r).topics()),
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
                broken("realm edited in the ConfigMap", "ConfigMap lianxi-realm does not hold " + Platform.PROD_REALM,
                        r -> resource(r, "ConfigMap", "lianxi-realm").withObjectProperty("data").put("enforcement-realm.json", "{}"),
                        (p, r) -> new PlatformChecks(p, r).keycloak(Platform.PROD_REALM)),
                broken("a real secret", "lianxi-backup-s3: ACCESS_KEY_ID is not the placeholder REPLACE_ME",
                        r -> r.add(secret("lianxi-backup-s3", "ACCESS_KEY_ID", "AKIA123")),
                        (p, r) -> new PlatformChecks(p, r).secrets()),
                broken("the gateway's /q/ routed (metrics, health)", "Ingress gateway routes /q/metrics (Prefix /q) to gateway",
                        r -> ingressPath(r, "gateway", "/q"), (p, r) -> new PlatformChecks(p, r).ingressRoutes()),
                broken("everything routed to the gateway", "Ingress gateway routes /q/health/ready (Prefix /) to gateway",
                        r -> ingressPath(r, "gateway", "/"), (p, r) -> new PlatformChecks(p, r).ingressRoutes()),
                broken("Keycloak's admin console routed", "Ingress keycloak routes /admin/master/console/ (Prefix /admin) to keycloak",
                        r -> ingressPath(r, "keycloak", "/admin"), (p, r) -> new PlatformChecks(p, r).ingressRoutes()),
                broken("every realm routed, the master realm too",
                        "Ingress keycloak routes /realms/master/protocol/openid-connect/token (Prefix /realms) to keycloak",
                        r -> ingressPath(r, "keycloak", "/realms"), (p, r) -> new PlatformChecks(p, r).ingressRoutes()),
                broken("Swagger UI no longer routed", "/q/swagger-ui/index.html does not reach gateway through an Ingress",
                        r -> {
                            var paths = resource(r, "Ingress", "gateway").withObjectProperty("spec").withArrayProperty("rules")
                                    .get(0).withObjectProperty("http").withArrayProperty("paths");
                            paths.remove(paths.size() - 1);
                        }, (p, r) -> new PlatformChecks(p, r).ingressRoutes()),
                broken("a dev user planted in the production realm",
                        "realm enforcement (ConfigMap lianxi-realm key enforcement-realm.json): imports user clerk-zy",
                        r -> realm(r, realm -> realm.withArrayProperty("users").add(devUser("clerk-zy"))),
                        (p, r) -> new ProductionChecks(p, r).users()),
                broken("the dev password anywhere", "contains a dev user's password 'lianxi-dev'",
                        r -> resource(r, "ConfigMap", "gateway-config").withObjectProperty("data").put("NOTE", "try lianxi-dev"),
                        (p, r) -> new ProductionChecks(p, r).secrets()),
                broken("a literal client secret", "client bank-icbc has a literal secret",
                        r -> realm(r, realm -> client(realm, "bank-icbc").put("secret", "s3cr3t-for-icbc")),
                        (p, r) -> new ProductionChecks(p, r).secrets()),
                broken("a realm placeholder with no Secret behind it",
                        "placeholder ${LIANXI_REALM_SECRET_BANK_BOC} is not set from a required Secret key",
                        r -> {
                            var env = container(r, "keycloak").withArrayProperty("env");
                            for (int i = env.size() - 1; i >= 0; i--) {
                                if (env.get(i).path("name").asText().equals("LIANXI_REALM_SECRET_BANK_BOC")) {
                                    env.remove(i);
                                }
                            }
                        }, (p, r) -> new ProductionChecks(p, r).secrets()),
                broken("a Secret with values", "Secret keycloak-admin carries values [KC_BOOTSTRAP_ADMIN_PASSWORD]",
                        r -> r.add(secret("keycloak-admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "REPLACE_ME")),
                        (p, r) -> new ProductionChecks(p, r).secrets()),
                broken("the dev realm imported", "ConfigMap lianxi-realm key enforcement-realm.json holds the dev realm",
                        r -> resource(r, "ConfigMap", "lianxi-realm").withObjectProperty("data")
                                .put("enforcement-realm.json", PLATFORM.realmJson(Platform.DEV_REALM)),
                        (p, r) -> new ProductionChecks(p, r).devRealm()),
                broken("the password grant on the public client", "client lianxi-web does not turn the password grant off",
                        r -> realm(r, realm -> client(realm, "lianxi-web").put("directAccessGrantsEnabled", true)),
                        (p, r) -> new ProductionChecks(p, r).hardening()),
                broken("brute-force protection off", "brute-force protection is off",
                        r -> realm(r, realm -> realm.put("bruteForceProtected", false)),
                        (p, r) -> new ProductionChecks(p, r).hardening()),
                broken("a password policy without history", "the password policy lacks passwordHistory",
                        r -> realm(r, realm -> realm.put("passwordPolicy", realm.path("passwordPolicy").asText()
                                .replace(" and passwordHistory(5)", ""))),
                        (p, r) -> new ProductionChecks(p, r).hardening()),
                broken("PKCE no longer required", "client lianxi-web (public) does not require PKCE S256",
                        r -> realm(r, realm -> client(realm, "lianxi-web").withObjectProperty("attributes")
                                .remove("pkce.code.challenge.method")),
                        (p, r) -> new ProductionChecks(p, r).hardening()),
                broken("refresh tokens reusable", "refresh tokens are not rotated",
                        r -> realm(r, realm -> realm.put("refreshTokenMaxReuse", 1)),
                        (p, r) -> new ProductionChecks(p, r).hardening()),
                broken("the auditors' OTP subflow disabled", "a user with roles [auditor] can log in without a one-time code",
                        r -> realm(r, realm -> execution(realm, "lianxi browser forms", "lianxi OTP: auditor")
                                .put("requirement", "DISABLED")),
                        (p, r) -> new ProductionChecks(p, r).otp()),
                broken("the admins' code form only an alternative", "a user with roles [admin] can log in without a one-time code",
                        r -> realm(r, realm -> execution(realm, "lianxi OTP: admin", "auth-otp-form")
                                .put("requirement", "ALTERNATIVE")),
                        (p, r) -> new ProductionChecks(p, r).otp()),
                broken("the opt-in code asked of admins too", "a user with roles [admin, auditor, jm-office] is asked for 2 one-time codes",
                        r -> realm(r, realm -> {
                            var executions = flow(realm, "lianxi OTP: configured").withArrayProperty("authenticationExecutions");
                            for (int i = executions.size() - 1; i >= 0; i--) {
                                if (executions.get(i).path("authenticator").asText().equals("conditional-user-role")) {
                                    executions.remove(i);
                                }
                            }
                        }), (p, r) -> new ProductionChecks(p, r).otp()),
                broken("a client mapper dropped", "client bank-boc's protocolMappers differs from the dev realm's",
                        r -> realm(r, realm -> client(realm, "bank-boc").withArrayProperty("protocolMappers").remove(1)),
                        (p, r) -> new ProductionChecks(p, r).contract()),
                broken("the Quarkus dev profile", "ConfigMap case-service-config: QUARKUS_PROFILE=dev",
                        r -> resource(r, "ConfigMap", "case-service-config").withObjectProperty("data").put("QUARKUS_PROFILE", "dev"),
                        (p, r) -> new ProductionChecks(p, r).devSettings()),
                broken("a %dev property", "_DEV_QUARKUS_LOG_LEVEL is a Quarkus dev/test profile setting",
                        r -> container(r, "gateway").withArrayProperty("env").addObject()
                                .put("name", "_DEV_QUARKUS_LOG_LEVEL").put("value", "DEBUG"),
                        (p, r) -> new ProductionChecks(p, r).devSettings()));
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

    private static ObjectNode secret(String name, String key, String value) {
        ObjectNode secret = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", name);
        secret.putObject("stringData").put(key, value);
        return secret;
    }

    private static void ingressPath(List<ObjectNode> resources, String ingress, String path) {
        ObjectNode route = resource(resources, "Ingress", ingress).withObjectProperty("spec").withArrayProperty("rules")
                .get(0).withObjectProperty("http").withArrayProperty("paths").addObject();
        route.put("path", path).put("pathType", "Prefix");
        route.putObject("backend").putObject("service").put("name", ingress).putObject("port")
                .put("number", ingress.equals("gateway") ? 18080 : 8080);
    }

    /** Edits the realm of the ConfigMap lianxi-realm in place. */
    private static void realm(List<ObjectNode> resources, Consumer<ObjectNode> edit) {
        ObjectNode data = resource(resources, "ConfigMap", "lianxi-realm").withObjectProperty("data");
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(data.path("enforcement-realm.json").asText());
            edit.accept(realm);
            data.put("enforcement-realm.json", JSON.writeValueAsString(realm));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode devUser(String username) {
        try {
            for (JsonNode user : JSON.readTree(PLATFORM.realmJson(Platform.DEV_REALM)).path("users")) {
                if (user.path("username").asText().equals(username)) {
                    return user;
                }
            }
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no dev user " + username);
    }

    private static ObjectNode client(ObjectNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static ObjectNode flow(ObjectNode realm, String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals(alias)) {
                return (ObjectNode) flow;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    /** The execution of the flow that runs the authenticator or the subflow named. */
    private static ObjectNode execution(ObjectNode realm, String flow, String authenticatorOrSubflow) {
        for (JsonNode execution : flow(realm, flow).path("authenticationExecutions")) {
            if (authenticatorOrSubflow.equals(execution.path("authenticator").asText())
                    || authenticatorOrSubflow.equals(execution.path("flowAlias").asText())) {
                return (ObjectNode) execution;
            }
        }
        throw new AssertionError("no execution " + authenticatorOrSubflow + " in " + flow);
    }

    private static ObjectNode resource(List<ObjectNode> resources, String kind, String name) {
        return Manifests.find(resources, kind, name).orElseThrow(() -> new AssertionError(kind + "/" + name));
    }

    private static ObjectNode managementPort(ObjectNode container) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(Manifests.MANAGEMENT)) {
                return (ObjectNode) port;
            }
        }
        throw new AssertionError("no management port in " + container.path("name").asText());
    }

    private static ObjectNode container(List<ObjectNode> resources, String deployment) {
        return Manifests.containers(resource(resources, "Deployment", deployment)).get(0);
    }
}
