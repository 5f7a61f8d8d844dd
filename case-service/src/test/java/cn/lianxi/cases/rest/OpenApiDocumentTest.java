package cn.lianxi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.testsupport.OpenApiLint;
import cn.lianxi.testsupport.OpenApiLint.Finding;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The document this service serves passes Spectral with the platform's rules (tools/openapi-lint) at zero errors,
 * says what the service really answers, and the rules really catch each kind of lie (planted below).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String served() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    @Test
    void servedDocumentPassesTheLinter() {
        OpenApiLint.servedDocumentPasses(OpenApiLint.Rules.SERVICE);
    }

    @Test
    void filingDocumentsTheCreatedCaseAndWhoMayFile() throws Exception {
        JsonNode filing = JSON.readTree(served()).at("/paths/~1cases/post");
        assertEquals(Set.of("201", "400", "401", "403", "default"), fieldNames(filing.path("responses")));
        assertEquals("#/components/schemas/CaseView",
                filing.at("/responses/201/content/application~1json/schema/$ref").asText());
        assertEquals("[\"court-clerk\",\"judge\"]", filing.path("x-roles").toString());
        assertEquals("{\"bearer\":[]}", filing.path("security").get(0).toString());
    }

    @Test
    void theMechanismsStepsDocumentTheirIdempotencyKey() throws Exception {
        JsonNode paths = JSON.readTree(served()).path("paths");
        String transfer = "/cases/bankruptcy-transfers/{tid}";
        for (String path : List.of("/cases/{id}/bankruptcy-transfers", transfer + "/acceptance", transfer + "/refusal",
                "/cases/{id}/reward-notices", "/cases/{id}/reward-notices/{noticeId}/withdrawal",
                "/cases/{id}/reward-notices/leads/{leadId}/assessment", "/cases/{id}/property-report-orders",
                "/cases/{id}/property-report-orders/{orderId}/report",
                "/cases/{id}/property-report-orders/{orderId}/breach")) {
            JsonNode post = paths.path(path).path("post");
            assertFalse(post.isMissingNode(), "no POST " + path + " in " + fieldNames(paths));
            boolean keyed = false;
            for (JsonNode p : post.path("parameters")) {
                keyed |= "Idempotency-Key".equals(p.path("name").asText()) && "header".equals(p.path("in").asText());
            }
            assertTrue(keyed, "POST " + path + " documents no Idempotency-Key header: " + post.path("parameters"));
        }
    }

    @Test
    void theLinterCatchesEachPlantedError() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(served());
        ObjectNode paths = (ObjectNode) doc.path("paths");
        // an operation without a problem answer
        ObjectNode filingResponses = (ObjectNode) paths.at("/~1cases/post/responses");
        filingResponses.retain("201");
        // an error answer without the problem+json body
        ((ObjectNode) paths.at("/~1cases~1{id}/get/responses")).putObject("409").put("description", "conflict");
        // a success answer without a schema
        ((ObjectNode) paths.at("/~1cases/get/responses/200/content/application~1json")).remove("schema");
        // a security scheme that does not exist
        ((ObjectNode) paths.at("/~1cases/get")).putArray("security").addObject().putArray("bearerAuth");
        // roles as OAuth scopes
        ((ObjectNode) paths.at("/~1cases~1{id}~1timeline/get")).putArray("security").addObject().putArray("bearer")
                .add("judge");
        // a secured operation that does not say who may call it
        ((ObjectNode) paths.at("/~1cases~1stats/get")).remove("x-roles");
        // the wrong kind of scheme
        ((ObjectNode) doc.at("/components/securitySchemes/bearer")).put("type", "openIdConnect");

        Map<String, String> expected = Map.of(
                "lianxi-operation-documents-problems", "paths./cases.post.responses",
                "lianxi-error-is-problem", "paths./cases/{id}.get.responses.409",
                "lianxi-success-has-schema", "paths./cases.get.responses.200",
                "oas3-operation-security-defined", "paths./cases.get.security.0.bearerAuth",
                "lianxi-roles-not-scopes", "paths./cases/{id}/timeline.get.security.0.bearer",
                "lianxi-roles-documented", "paths./cases/stats.get",
                "lianxi-bearer-scheme", "components.securitySchemes.bearer.type");
        List<Finding> errors = OpenApiLint.errors(JSON.writeValueAsString(doc), OpenApiLint.Rules.SERVICE);
        expected.forEach((rule, path) -> assertTrue(
                errors.stream().anyMatch(e -> e.code().equals(rule) && e.path().startsWith(path)),
                rule + " did not fire at " + path + "; errors:" + OpenApiLint.describe(errors)));
        // nothing else in the document is wrong: every error (Spectral's own ones included) is at a planted spot
        List<String> planted = List.of("paths./cases.post", "paths./cases/{id}.get", "paths./cases.get",
                "paths./cases/{id}/timeline.get", "paths./cases/stats.get", "components.securitySchemes.bearer");
        assertFalse(errors.stream().anyMatch(e -> planted.stream().noneMatch(e.path()::startsWith)),
                "only the planted errors:" + OpenApiLint.describe(errors));
    }

    private static Set<String> fieldNames(JsonNode node) {
        return iterable(node.fieldNames()).collect(Collectors.toSet());
    }

    private static java.util.stream.Stream<String> iterable(java.util.Iterator<String> it) {
        return java.util.stream.StreamSupport.stream(((Iterable<String>) () -> it).spliterator(), false);
    }
}
