package cn.lianxi.cases.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.service.Courts;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/** The court table (法院 and their hierarchy), for every member of staff: the dashboard's court tree. */
@Path("/courts")
@Tag(name = "courts")
public class CourtResource {

    private final Courts courts;

    public CourtResource(Courts courts) {
        this.courts = courts;
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.DIVISION_HEAD, Roles.COURT_SYSTEM, Roles.POLICE,
        Roles.PROCURATORATE, Roles.BANK, Roles.AGENCY, Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(summary = "Every court of the platform, by code: {code, name, level, parentCode}")
    public Uni<List<CourtView>> all() {
        return courts.all().map(list -> list.stream().map(CourtView::of).toList());
    }

    @GET
    @Path("{code}/subordinates")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.DIVISION_HEAD, Roles.COURT_SYSTEM, Roles.POLICE,
        Roles.PROCURATORATE, Roles.BANK, Roles.AGENCY, Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(summary = "The courts whose superior is the court (下级法院), by code; an unknown court is 404")
    public Uni<List<CourtView>> subordinates(@PathParam("code") String code) {
        return courts.subordinates(code).map(list -> list.stream().map(CourtView::of).toList());
    }
}
