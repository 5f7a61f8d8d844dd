package cn.lianxi.gateway.bulletin;

import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import cn.lianxi.gateway.proxy.CallOrigin;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

/**
 * The 通报 (重点任务落实情况通报) of the joint meeting: the bulletin liaison issued with its period's figures, as JSON,
 * a printable page, PDF and an Excel workbook; {@code /preview} is the same for a period without a bulletin (a
 * draft). Reached only through the edge pipeline, which has already checked the token and the roles (jm-office,
 * auditor, admin: RouteTable, {@code /api/bulletins/**}); each service called checks the caller's token again.
 */
@Path("/api/bulletins")
@SecurityRequirement(name = "bearer")
public class BulletinResource {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The answer to a period that is missing, not ISO dates, or ends before it starts. */
    static final String BAD_PERIOD = "from or to missing, not an ISO date, or to before from: problem+json naming the field";

    private final BulletinComposer composer;
    private final PdfPrinter pdf;

    BulletinResource(BulletinComposer composer, PdfPrinter pdf) {
        this.composer = composer;
        this.pdf = pdf;
    }

    @GET
    @Path("/preview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft: the figures of a period (from, to: ISO dates, inclusive) without a bulletin")
    @APIResponse(responseCode = "200", description = "the figures of the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bulletin.class)))
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Uni<Bulletin> preview(@QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context RoutingContext rc) {
        return composer.preview(Period.parse(from, to), authorization, CallOrigin.of(rc));
    }

    @GET
    @Path("/preview/{format:print|pdf|xlsx}")
    @Produces({ MediaType.TEXT_HTML, PDF, XLSX })
    @APIResponse(responseCode = "200", description = "print: the page (HTML); pdf: the PDF; xlsx: the workbook",
            content = { @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @Operation(summary = "Draft: the figures of a period as a printable page, PDF or Excel workbook")
    public Uni<Response> previewDocument(@PathParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context RoutingContext rc) {
        Period period = Period.parse(from, to);
        return render(composer.preview(period, authorization, CallOrigin.of(rc)), format, "draft-" + period.from());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An issued bulletin with the figures of its period")
    public Uni<Bulletin> bulletin(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context RoutingContext rc) {
        return composer.issued(id, authorization, CallOrigin.of(rc));
    }

    @GET
    @Path("/{id}/{format:print|pdf|xlsx}")
    @Produces({ MediaType.TEXT_HTML, PDF, XLSX })
    @APIResponse(responseCode = "200", description = "print: the page (HTML); pdf: the PDF; xlsx: the workbook",
            content = { @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Operation(summary = "An issued bulletin as a printable page (print), PDF (pdf) or Excel workbook (xlsx)")
    public Uni<Response> document(@PathParam("id") String id, @PathParam("format") String format,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context RoutingContext rc) {
        return render(composer.issued(id, authorization, CallOrigin.of(rc)), format, "bulletin-" + id);
    }

    /** Laid out and printed on a worker thread: a PDF takes longer than an event loop may be held. */
    private Uni<Response> render(Uni<Bulletin> bulletin, String format, String fileName) {
        Function<Report, Response> printer = printer(format, fileName);
        return bulletin.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ReportLayout::of)
                .map(printer);
    }

    private Function<Report, Response> printer(String format, String fileName) {
        switch (format) {
            case "pdf":
                return report -> file(pdf.print(report), PDF, fileName + ".pdf");
            case "xlsx":
                return report -> file(XlsxPrinter.print(report), XLSX, fileName + ".xlsx");
            default:
                return report -> Response.ok(HtmlPrinter.print(report), HTML).build();
        }
    }

    private static Response file(byte[] content, String mediaType, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + safe + "\"")
                .build();
    }
}
