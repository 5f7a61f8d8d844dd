package cn.lianxi.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kafka in both overlays authenticates and authorises every client as the local broker does (issue 16 item 1), and
 * each planted mistake is found: a listener without SCRAM, ACLs turned off, a KafkaUser with one ACL more than the
 * policy, a service running as another service's principal, a court's user without its topic, a service's user gone.
 */
class KafkaAccessTest {

    private static final Platform PLATFORM = Platform.fromWorkingDirectory();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyClientIsItsOwnPrincipalWithExactlyThePolicysAcls(String overlay) {
        List<ObjectNode> resources = ManifestValidationTest.render(overlay);
        assertEquals(List.of(), new KafkaAccessChecks(PLATFORM, resources).problems());
        assertTrue(Manifests.ofKind(resources, "KafkaUser").size() >= KafkaAccessChecks.CLIENTS.size() + 2,
                "the services, the gateway and the realm's courts have their KafkaUser");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                planted("a listener without authentication", "listener plain authenticates with none",
                        r -> ((ObjectNode) kafka(r).path("spec").path("kafka").path("listeners").get(0)).remove("authentication")),
                planted("ACLs turned off", "authorization none, not simple (ACLs)",
                        r -> ((ObjectNode) kafka(r).path("spec").path("kafka")).remove("authorization")),
                planted("credit may write the case events",
                        "KafkaUser/credit-sanction-service: an ACL kafka-access.json does not give: topic literal enforcement.cases.v1 Write",
                        r -> {
                            ObjectNode acl = ((ObjectNode) user(r, "credit-sanction-service").path("spec")
                                    .path("authorization")).withArray("acls").addObject();
                            acl.putObject("resource").put("type", "topic").put("name", "enforcement.cases.v1")
                                    .put("patternType", "literal");
                            acl.putArray("operations").add("Write");
                        }),
                planted("the gateway runs as case-service", "gateway: LIANXI_KAFKA_USER is case-service",
                        r -> env(r, "gateway", "LIANXI_KAFKA_USER").put("value", "case-service")),
                planted("a court's user without its topic", "KafkaUser/court-C320508: no KafkaTopic court.C320508.case-events.v1",
                        r -> r.remove(Manifests.find(r, "KafkaTopic", "court.C320508.case-events.v1").orElseThrow())),
                planted("the gateway's user removed", "no KafkaUser for gateway",
                        r -> r.remove(user(r, "gateway"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aPlantedMistakeIsFound(String what, String expected, Consumer<List<ObjectNode>> plant) {
        List<ObjectNode> resources = ManifestValidationTest.render("prod");
        plant.accept(resources);
        List<String> problems = new KafkaAccessChecks(PLATFORM, resources).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), what + ": " + problems);
    }

    private static Arguments planted(String what, String expected, Consumer<List<ObjectNode>> plant) {
        return Arguments.of(what, expected, plant);
    }

    private static ObjectNode kafka(List<ObjectNode> resources) {
        return Manifests.find(resources, "Kafka", "lianxi").orElseThrow();
    }

    private static ObjectNode user(List<ObjectNode> resources, String name) {
        return Manifests.find(resources, "KafkaUser", name).orElseThrow();
    }

    private static ObjectNode env(List<ObjectNode> resources, String deployment, String variable) {
        ObjectNode container = Manifests.containers(Manifests.find(resources, "Deployment", deployment).orElseThrow()).get(0);
        for (var env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                return (ObjectNode) env;
            }
        }
        throw new AssertionError(deployment + " has no " + variable);
    }
}
