package cn.lianxi.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.lianxi.gateway.support.StubbedLiaison;
import io.quarkus.test.junit.QuarkusTest;

/** The services' OpenAPI documents are reachable through the gateway and listed in its one Swagger UI. */
@QuarkusTest
class OpenApiTest {

    @StubbedLiaison
    WireMockServer liaison;

    @Test
    void eachServicesDocumentIsServedUnderOpenapi() {
        liaison.stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"agency-liaison-service\"}}")));
        given().when().get("/openapi/liaison")
                .then().statusCode(200).body("info.title", is("agency-liaison-service"));
        given().when().get("/openapi/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void swaggerUiListsTheGatewayAndEveryService() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/admin/overview"));
    }
}
