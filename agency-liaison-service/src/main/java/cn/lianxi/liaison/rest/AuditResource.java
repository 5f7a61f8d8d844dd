package cn.lianxi.liaison.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.audit.AuditEntry;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.audit.AuditVerification;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/** The hash-chained audit log (审计日志) of this service. */
@Path("/audit")
@Tag(name = "audit")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain; names the first broken entry")
    public Uni<AuditVerification> verify() {
        return audit.verify();
    }

    @GET
    @Path("/{subject}")
    @Operation(summary = "Entries about one subject (referral id, case id, agency id, task id), oldest first")
    public Uni<List<AuditEntry>> entries(@PathParam("subject") String subject) {
        return audit.entriesFor(subject);
    }
}
