package cn.lianxi.cases.rest;

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

/** This service's hash-chained audit log (审计日志), for auditors and admins. */
@Path("/audit")
@Tag(name = "audit")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Recompute the hash chain; names the first entry that no longer matches")
    public Uni<AuditVerification> verify() {
        return audit.verify();
    }

    @GET
    @Path("/{subject}")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The audit entries about one subject (e.g. a case id), oldest first")
    public Uni<List<AuditEntry>> entries(@PathParam("subject") String subject) {
        return audit.entriesFor(subject);
    }
}
