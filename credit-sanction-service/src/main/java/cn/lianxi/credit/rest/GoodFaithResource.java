package cn.lianxi.credit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.credit.service.GoodFaithService;
import cn.lianxi.credit.service.ListingRules;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Good-faith records (守信激励) for partner agencies: voluntary full performance without enforcement measures. */
@Path("/good-faith")
@Tag(name = "good faith")
public class GoodFaithResource {

    private final GoodFaithService goodFaith;
    private final AuditLog audit;
    private final Caller caller;

    public GoodFaithResource(GoodFaithService goodFaith, AuditLog audit, Caller caller) {
        this.goodFaith = goodFaith;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @WithTransaction
    @RolesAllowed({Roles.BANK, Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY, Roles.CREDIT_OFFICER})
    @Operation(summary = "The good-faith records of one ID number (audited)")
    public Uni<List<GoodFaithView>> of(@QueryParam("idNumber") String idNumber) {
        String id = idNumber == null ? null : idNumber.trim().toUpperCase();
        ListingRules.subjectType(id, "idNumber");
        String subject = caller.agencyId().map(a -> "agency:" + a).orElse("good-faith");
        return audit.append(caller.name(), "good-faith-query", subject, "id=" + IdentityNumbers.mask(id))
                .chain(() -> goodFaith.of(id)).map(list -> list.stream().map(g -> new GoodFaithView(g.caseId,
                        g.courtCode, g.caseNumber, g.subjectName, g.subjectId, g.performedOn)).toList());
    }

    /** One good-faith record. */
    public record GoodFaithView(UUID caseId, String courtCode, String caseNumber, String subjectName,
            String subjectIdNumber, LocalDate performedOn) {
    }
}
