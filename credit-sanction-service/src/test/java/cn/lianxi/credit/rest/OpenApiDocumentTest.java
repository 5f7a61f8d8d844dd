package cn.lianxi.credit.rest;

import static io.restassured.path.json.JsonPath.from;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.lianxi.testsupport.OpenApiLint;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The document this service serves passes Spectral with the platform's rules (tools/openapi-lint) at zero errors and
 * documents the 201 its POST /listings really answers. (case-service's test plants each kind of error the rules catch.)
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servedDocumentPassesTheLinterAndDocumentsTheCreatedStatus() {
        String document = OpenApiLint.servedDocumentPasses(OpenApiLint.Rules.SERVICE);
        assertEquals("#/components/schemas/ListingView",
                from(document).getString("paths.'/listings'.post.responses.'201'.content.'application/json'.schema.'$ref'"));
    }
}
