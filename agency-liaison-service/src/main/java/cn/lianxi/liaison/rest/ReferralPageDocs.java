package cn.lianxi.liaison.rest;

import java.util.Locale;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

import cn.lianxi.kit.openapi.OpenApiContract;
import cn.lianxi.liaison.service.ReferralPage;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the one answer of every paged referral list ({@code GET /inbox}, {@code GET /referrals}) once, next to
 * {@link PageHeaders}, which writes it: the shared response {@code #/components/responses/ReferralPage}, a JSON
 * array of {@code ReferralView} with the headers {@code X-Total-Count}, {@code X-Total-Count-Capped} and
 * {@code Link}. Each list refers to it with {@code @APIResponse(responseCode = "200", ref = PAGE)}; its own
 * {@code @Operation} still says how it filters and orders. A build-time filter like the kit's
 * {@code OpenApiContract}, since an annotation cannot declare a shared response outside an {@code @OpenAPIDefinition}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ReferralPageDocs implements OASFilter {

    /** The shared response's name, for {@code @APIResponse(ref = …)}. */
    static final String PAGE = "ReferralPage";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiContract.components(openAPI).addResponse(PAGE, OASFactory.createAPIResponse()
                .description("One page of referrals")
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/ReferralView")))))
                .addHeader(PageHeaders.TOTAL, header("the number of matches (at most "
                        + String.format(Locale.ROOT, "%,d", ReferralPage.COUNT_CAP) + ")", Schema.SchemaType.INTEGER))
                .addHeader(PageHeaders.TOTAL_CAPPED, header("true when the count stopped at "
                        + String.format(Locale.ROOT, "%,d", ReferralPage.COUNT_CAP), Schema.SchemaType.BOOLEAN))
                .addHeader("Link", header("rel=\"next\": the next page, while there is one",
                        Schema.SchemaType.STRING)));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
