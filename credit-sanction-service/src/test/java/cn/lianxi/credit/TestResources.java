package cn.lianxi.credit;

import cn.lianxi.testsupport.DatabaseResource;
import cn.lianxi.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real infrastructure every test of this module runs against (shared by all test classes). */
@QuarkusTestResource(value = DatabaseResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {
    }
}
