package cn.lianxi.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.service.CourtTransfers;
import cn.lianxi.contracts.CourtTransferMode;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * 交叉执行 / 提级执行 (三统一): the division head (执行局长) of an intermediate court moves a case of a court it leads
 * to another basic court of the city (CROSS) or up to the intermediate court (ELEVATED).
 */
@Path("/cases")
@Tag(name = "cases")
public class CourtTransferResource {

    /** The transfer: the receiving court, the mode, the reason (e.g. 回避, 案多人少, 重大影响). */
    public record Transfer(@NotBlank @Size(max = 20) @CleanText String toCourt, @NotNull CourtTransferMode mode,
            @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }

    private final CourtTransfers transfers;
    private final Caller caller;

    public CourtTransferResource(CourtTransfers transfers, Caller caller) {
        this.transfers = transfers;
        this.caller = caller;
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/court-transfer")
    @RolesAllowed(Roles.DIVISION_HEAD)
    @Operation(summary = "Move a case of a court the caller's intermediate court leads to another court (交叉执行 CROSS: "
            + "another basic court of the city; 提级执行 ELEVATED: the intermediate court); a court outside is 422 "
            + "naming toCourt, a case outside 404, a basic court's division head 403")
    public Uni<CaseView> transfer(@PathParam("id") UUID id, @NotNull @Valid Transfer body) {
        return transfers.transfer(id, new CourtTransfers.Transfer(body.toCourt(), body.mode(), body.reason()), caller)
                .map(CaseMapper::toView);
    }
}
