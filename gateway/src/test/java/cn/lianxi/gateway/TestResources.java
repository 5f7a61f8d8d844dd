package cn.lianxi.gateway;

import cn.lianxi.gateway.support.UpstreamStubs;
import cn.lianxi.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What every gateway test runs against: the OIDC stand-in that signs {@code Tokens}, WireMock servers standing in
 * for the three services, and a real Kafka broker (for consumer-group lag). Shared by all test classes.
 */
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {
    }
}
