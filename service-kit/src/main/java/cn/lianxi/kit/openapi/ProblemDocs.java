package cn.lianxi.kit.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import cn.lianxi.kit.problem.Problem;

/**
 * The one {@code Problem} schema and the shared error responses of every service's OpenAPI document. The schema
 * mirrors {@link Problem} as {@code ProblemMappers} writes it (RFC 9457 members plus {@code errors}, the fields at
 * fault), so a client generated from the document reads every refusal the same way.
 */
final class ProblemDocs {

    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";
    static final String SCHEMA_REF = "#/components/schemas/" + SCHEMA;

    /** Shared responses by name, referenced from each operation as {@code #/components/responses/<name>}. */
    static final Map<String, String> RESPONSES = Map.of(
            "BadRequest", "The request is invalid: `errors` names each field at fault (never its value)",
            "Unauthorized", "No valid bearer token",
            "Forbidden", "The token's roles (or the caller's court or agency) may not do this",
            "NotFound", "Nothing with this id is visible to the caller",
            "Problem", "Any other refusal or failure: 409 a domain rule or stored data conflicts, "
                    + "413 body too large, 500 a fault (logged, no detail), 503 the database is unavailable");

    private ProblemDocs() {
    }

    static void addTo(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA)) {
            components.addSchema(FIELD_ERROR_SCHEMA, fieldError());
            components.addSchema(SCHEMA, problem());
        }
        RESPONSES.forEach((name, description) -> {
            if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
                components.addResponse(name, OASFactory.createAPIResponse().description(description)
                        .content(content()));
            }
        });
    }

    /** {@code application/problem+json} with the Problem schema: the body of every 4xx and 5xx answer. */
    static Content content() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF)));
    }

    static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

    private static Schema problem() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, served as application/problem+json")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text("A URI naming the kind of problem (docs/problems.md lists them)")
                        .format("uri-reference"))
                .addProperty("title", text("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status code"))
                .addProperty("detail", text("What went wrong with this request; never echoes submitted values"))
                .addProperty("instance", text("The request path this problem is about").format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Lianxi extension: each field at fault, when the problem is about fields")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field: its JSON path and what is wrong with it (never its value)")
                .addRequired("field").addRequired("message")
                .addProperty("field", text("JSON path of the field, e.g. `respondents[0].idNumber`, or a parameter name"))
                .addProperty("message", text("What is wrong with it"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
