package cn.lianxi.credit.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.credit.service.CaseRecords;
import cn.lianxi.credit.service.CreditRepairService;
import cn.lianxi.credit.service.PublicListingView;
import cn.lianxi.credit.service.PublicQueryService;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.Labels;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Anonymous, masked answers for the public (执行信息公开); the gateway rate-limits this path. */
@Path("/public")
@Tag(name = "public")
@PermitAll
public class PublicResource {

    private final PublicQueryService query;
    private final CreditRepairService repairs;
    private final CaseRecords cases;

    public PublicResource(PublicQueryService query, CreditRepairService repairs, CaseRecords cases) {
        this.query = query;
        this.repairs = repairs;
        this.cases = cases;
    }

    @GET
    @Path("/dishonest")
    @WithSession
    @Operation(summary = "Search the active dishonest-debtor list by exact name (≥ 2 characters) or full ID number")
    public Uni<List<PublicListingView>> dishonest(@QueryParam("name") String name,
            @QueryParam("idNumber") String idNumber) {
        return query.search(name, idNumber);
    }

    @GET
    @Path("/certificates/{code}")
    @WithSession
    @Operation(summary = "Verify a credit-repair certificate by its code")
    public Uni<CertificateView> certificate(@PathParam("code") String code) {
        return repairs.byCertificate(code).chain(r -> cases.get(r.caseId).map(c -> new CertificateView(
                r.certificateCode, true, r.subjectName, IdentityNumbers.mask(r.subjectId), Labels.courtName(c.courtCode),
                c.courtCode,
                c.caseNumber, r.certificateDate)));
    }
}
