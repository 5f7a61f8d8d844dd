package cn.lianxi.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders the dev and prod overlays with Kustomize and checks them against the upstream CRD schemas and the
 * repository: the services' configuration, the event contracts, the realm files and OPERATIONS.md. One dynamic
 * test per overlay and check (and per service where the check is per service), so a report names exactly what
 * broke.
 */
class ManifestValidationTest {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Platform PLATFORM = Platform.fromWorkingDirectory();
    static final CrdSchemas CRDS = CrdSchemas.load(PLATFORM.k8s("schemas"));

    /** The overlay as {@code kustomize build} renders it (a fresh copy each call). */
    static List<ObjectNode> render(String overlay) {
        return Kustomize.build(PLATFORM.k8s("overlays/" + overlay));
    }

    @TestFactory
    Stream<DynamicTest> platformChecks() {
        return OVERLAYS.stream().flatMap(overlay -> {
            PlatformChecks checks = new PlatformChecks(PLATFORM, render(overlay));
            ServiceChecks services = new ServiceChecks(PLATFORM, render(overlay));
            return Stream.of(
                    check(overlay, "every custom resource is served by and valid against its upstream CRD",
                            CRDS.problems(render(overlay))),
                    check(overlay, "every Deployment has probes, resources, non-root and a matching Service",
                            services.deployments()),
                    check(overlay, "the gateway routes to the services' Services", services.gatewayRoutes()),
                    check(overlay, "every topic has a KafkaTopic with RF 3 and min ISR 2", checks.topics()),
                    check(overlay, "Kafka: KRaft, 3 brokers, RF 3, min ISR 2, internal only", checks.kafka()),
                    check(overlay, "Kafka: SCRAM, ACLs, a KafkaUser per client with kafka-access.json's rules",
                            new KafkaAccessChecks(PLATFORM, render(overlay)).problems()),
                    check(overlay, "only the gateway is exposed", checks.exposure()),
                    check(overlay, "the Ingresses route the API, dashboard, Swagger UI and login only (no /q/ operations)",
                            checks.ingressRoutes()),
                    check(overlay, "the management ports (health, metrics) are on no public Service and closed to the"
                            + " ingress controller", checks.managementPorts()),
                    check(overlay, "Keycloak imports " + Platform.realmFile(overlay),
                            checks.keycloak(Platform.realmFile(overlay))),
                    check(overlay, "Secrets are placeholders", checks.secrets()),
                    check(overlay, "metrics scraped, alerts defined and documented", checks.monitoring()));
        });
    }

    @TestFactory
    Stream<DynamicTest> serviceChecks() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String overlay : OVERLAYS) {
            ServiceChecks checks = new ServiceChecks(PLATFORM, render(overlay));
            for (String service : Platform.SERVICES) {
                tests.add(check(overlay, service + " image is named after its module", checks.image(service)));
                tests.add(check(overlay, service + " scales on CPU/lag within its topics' partitions, has a PDB",
                        checks.scaling(service)));
                tests.add(check(overlay, service + " uses its own CloudNativePG database", checks.database(service)));
                tests.add(check(overlay, service + " Dockerfile.jvm agrees with the Deployment", checks.dockerfile(service)));
                tests.add(DynamicTest.dynamicTest("[" + overlay + "] " + service
                        + " ports equal quarkus.http.port and quarkus.management.port", () -> {
                    assumeTrue(PLATFORM.httpPort(service).isPresent(),
                            service + " has no quarkus.http.port yet (application.properties being written)");
                    assertEquals(List.of(), checks.ports(service));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theRequiredTopicsComeFromEverySource() {
        var topics = PLATFORM.requiredTopics();
        assertTrue(topics.containsAll(PLATFORM.contractTopics()), "Topics.java constants");
        assertTrue(topics.contains("enforcement.cases.dlq.agency-liaison-service.v1"), "dead-letter topics");
        assertTrue(topics.contains("liaison.agencies.v1"), "an AsyncAPI channel without parameters");
        assertTrue(topics.stream().noneMatch(t -> t.contains("{") || t.contains("\\")),
                "neither a channel's parameter nor a subscription's pattern is a topic: " + topics);
    }

    static DynamicTest check(String overlay, String what, List<String> problems) {
        return DynamicTest.dynamicTest("[" + overlay + "] " + what, () -> assertEquals(List.of(), problems));
    }
}
