package cn.lianxi.kit.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The service's hash-chained audit log (审计日志), for auditors and admins: every service that includes the kit
 * serves it at {@code /audit}, so the gateway and the {@code lianxi audit-verify} command find it in the same place.
 */
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
    @Operation(summary = "The entries about one subject (a case, referral, agency or task id), oldest first")
    public Uni<List<AuditEntry>> entries(@PathParam("subject") String subject) {
        return audit.entriesFor(subject);
    }
}
