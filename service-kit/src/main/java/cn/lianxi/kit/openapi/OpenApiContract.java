package cn.lianxi.kit.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes every domain service's OpenAPI document say what the service really does, in one place instead of on each
 * of its operations:
 * <ul>
 * <li>every error answer is {@code application/problem+json} with the one {@code Problem} schema
 * ({@link ProblemDocs}): 400 where the operation takes input, 401 and 403 where it needs a token, 404 where the path
 * names an id, and {@code default} for the rest (409, 413, 500, 503);</li>
 * <li>roles are documented per operation as {@code x-roles} and a line of the description. Quarkus lists
 * {@code @RolesAllowed} as the security requirement's scopes (in OpenAPI 3.1 even for a bearer scheme); roles come
 * from the token's {@code groups} claim, not from OAuth scopes, so the list is moved here and the requirement keeps
 * only the scheme ({@code bearer: []});</li>
 * <li>a relative server ({@code /}), so "Try it out" calls the host that served the document.</li>
 * </ul>
 * It runs at build time after Quarkus' own operation filter (user filters come after the built-in ones), which is
 * what adds the bearer requirement with the roles; the scheme itself is configured in
 * {@code META-INF/microprofile-config.properties} ({@code quarkus.smallrye-openapi.security-scheme=jwt}, named
 * {@code bearer}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    static final String ROLES_EXTENSION = "x-roles";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemDocs.addTo(components(openAPI));
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("the host that served this document"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(op -> document(path, item, op));
            }
        });
    }

    /**
     * The document's components, created if it has none yet: build-time filters run in no fixed order, so a
     * service's own filter that adds a shared piece (liaison's referral page) gets them here, as this one does.
     */
    public static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }

    private static void document(String path, PathItem item, Operation op) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        List<String> roles = moveRolesOutOfScopes(op);
        if (!roles.isEmpty()) {
            op.addExtension(ROLES_EXTENSION, roles);
            String line = "Roles: " + String.join(", ", roles) + ".";
            op.setDescription(op.getDescription() == null ? line : op.getDescription() + "\n\n" + line);
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        if (takesInput(item, op)) {
            use(responses, "400", "BadRequest");
        }
        if (secured) {
            use(responses, "401", "Unauthorized");
            use(responses, "403", "Forbidden");
        }
        if (path.contains("{")) {
            use(responses, "404", "NotFound");
        }
        use(responses, APIResponses.DEFAULT, "Problem");
        responses.getAPIResponses().forEach((code, response) -> {
            if (isError(code) && response.getRef() == null) {
                // an operation's own error (e.g. an @APIResponse for 409) keeps its description, gets the body
                response.setContent(ProblemDocs.content());
            }
        });
    }

    /**
     * An operation's own answer for the code (an {@code @APIResponse} with its description) is kept; Quarkus' generic
     * "Not Authorized" / "Not Allowed" / "Bad Request" entries give way to the shared response.
     */
    private static void use(APIResponses responses, String code, String shared) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null || existing.getRef() == null && isQuarkusDefault(existing.getDescription())) {
            responses.addAPIResponse(code, ProblemDocs.ref(shared));
        }
    }

    private static boolean isQuarkusDefault(String description) {
        return description == null || switch (description) {
            case "Not Authorized", "Not Allowed", "Bad Request" -> true;
            default -> false;
        };
    }

    private static List<String> moveRolesOutOfScopes(Operation op) {
        if (op.getSecurity() == null) {
            return List.of();
        }
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : op.getSecurity()) {
            SecurityRequirement scheme = OASFactory.createSecurityRequirement();
            for (Map.Entry<String, List<String>> entry : requirement.getSchemes().entrySet()) {
                if (entry.getValue() != null) {
                    roles.addAll(entry.getValue());
                }
                scheme.addScheme(entry.getKey(), List.of());
            }
            plain.add(scheme);
        }
        op.setSecurity(plain);
        return List.copyOf(roles);
    }

    private static boolean takesInput(PathItem item, Operation op) {
        return op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
    }

    private static boolean isError(String code) {
        return APIResponses.DEFAULT.equals(code) || code.startsWith("4") || code.startsWith("5");
    }
}
