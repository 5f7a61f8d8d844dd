package cn.lianxi.liaison.rest;

import static io.restassured.path.json.JsonPath.from;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lianxi.testsupport.OpenApiLint;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The document this service serves passes Spectral with the platform's rules (tools/openapi-lint) at zero errors and
 * documents the 201 its POST /agencies really answers and the paging headers of both referral lists, from the one
 * shared {@code ReferralPage} response. (case-service's test plants each kind of error the rules catch.)
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servedDocumentPassesTheLinterAndDocumentsTheCreatedStatus() {
        String document = OpenApiLint.servedDocumentPasses(OpenApiLint.Rules.SERVICE);
        assertEquals("#/components/schemas/AgencyView",
                from(document).getString("paths.'/agencies'.post.responses.'201'.content.'application/json'.schema.'$ref'"));
        for (String list : List.of("/inbox", "/referrals")) {
            assertEquals("#/components/responses/ReferralPage",
                    from(document).getString("paths.'" + list + "'.get.responses.'200'.'$ref'"), list);
        }
        assertEquals("#/components/schemas/ReferralView",
                from(document).getString("components.responses.ReferralPage.content.'application/json'.schema.items.'$ref'"));
        assertEquals(Set.of("X-Total-Count", "X-Total-Count-Capped", "Link"), from(document).getMap("components.responses.ReferralPage.headers").keySet());
    }
}
