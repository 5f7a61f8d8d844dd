package cn.lianxi.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.testsupport.OpenApiLint;
import cn.lianxi.testsupport.OpenApiLint.Finding;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway's one OpenAPI document: the services' operations at the gateway's paths with a server, so Swagger UI's
 * "Try it out" works at the gateway; it passes Spectral with the gateway rules, and the rules catch planted errors.
 * Here liaison's document is a fixture; deploy/system-tests lint the document assembled from the real services.
 */
@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @StubbedLiaison
    WireMockServer liaison;

    @BeforeEach
    void liaisonServesItsDocument() throws Exception {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi/liaison-document.json")) {
            liaison.stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
    }

    @Test
    void oneDocumentWithTheGatewaysPathsAndServer() {
        given().when().get("/openapi").then().statusCode(200)
                .body("servers[0].url", is("/"))
                .body("paths", hasKey("/api/agencies"))
                .body("paths", hasKey("/api/audit/liaison/verify"))
                .body("paths", hasKey("/api/admin/overview"))
                .body("paths", not(hasKey("/agencies")))
                .body("paths", not(hasKey("/api/not-routed")))
                .body("paths.'/api/agencies'.post.responses", hasKey("201"))
                .body("paths.'/api/agencies'.post.operationId", is("liaison_AgencyResource_register"))
                .body("paths.'/api/agencies'.post.responses.'503'.'$ref'", is("#/components/responses/Unavailable"))
                .body("paths.'/api/admin/overview'.get.security[0]", hasKey("bearer"))
                .body("paths.'/api/admin/overview'.get.x-roles", is(List.of("admin", "auditor", "jm-office")))
                // case and credit did not answer (no stub): left out, and said so
                .body("info.description", containsString("The case service did not answer"));
        given().when().get("/openapi/liaison").then().statusCode(200).body("paths", hasKey("/api/agencies"));
        given().when().get("/openapi/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void documentPassesTheLinterAndThePlantedErrorsFail() throws Exception {
        String served = given().when().get("/openapi").then().statusCode(200).extract().asString();
        List<Finding> errors = OpenApiLint.errors(served, OpenApiLint.Rules.GATEWAY);
        assertEquals(List.of(), errors, "lint errors:" + OpenApiLint.describe(errors));

        ObjectNode doc = (ObjectNode) JSON.readTree(served);
        doc.remove("servers"); // "Try it out" would not know where to call
        ((ObjectNode) doc.path("paths")).set("/agencies", doc.path("paths").path("/api/agencies").deepCopy());
        List<Finding> planted = OpenApiLint.errors(JSON.writeValueAsString(doc), OpenApiLint.Rules.GATEWAY);
        assertTrue(planted.stream().anyMatch(e -> e.code().equals("oas3-api-servers")),
                "missing servers not caught:" + OpenApiLint.describe(planted));
        assertTrue(planted.stream().anyMatch(e -> e.code().equals("lianxi-gateway-paths")
                && e.path().equals("paths./agencies")), "a service path not caught:" + OpenApiLint.describe(planted));
    }

    @Test
    void swaggerUiShowsTheGatewayDocument() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/openapi"));
    }
}
