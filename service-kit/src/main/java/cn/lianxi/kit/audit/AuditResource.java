package cn.lianxi.kit.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.evidence.Anchor;
import cn.lianxi.evidence.AuditBundle;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.seal.SealRing;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.kit.time.ReportPeriod;
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
    private final AuditBundles bundles;
    private final AnchorWitness witness;
    private final SealRing ring;

    public AuditResource(AuditLog audit, AuditBundles bundles, AnchorWitness witness, SealRing ring) {
        this.audit = audit;
        this.bundles = bundles;
        this.witness = witness;
        this.ring = ring;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain; names the first broken entry")
    public Uni<AuditVerification> verify() {
        return audit.verify();
    }

    @GET
    @Path("/bundle")
    @Operation(summary = "An audit bundle for the offline verifier: a subject's entries and sealed items, or every "
            + "entry of the days from..to (China time); anchors come from a witness, not from here")
    public Uni<AuditBundle> bundle(@QueryParam("subject") String subject, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        boolean bySubject = subject != null && !subject.isBlank();
        boolean byDays = from != null || to != null;
        if (bySubject && byDays) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "subject",
                    "give either subject or from and to, not both");
        }
        if (bySubject) {
            return bundles.forSubject(subject.strip());
        }
        if (!byDays) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "subject",
                    "subject is required, or from and to (ISO dates)");
        }
        return bundles.forDays(ReportPeriod.parse(from, to));
    }

    @GET
    @Path("/anchors/{service}")
    @Operation(summary = "The copies this service holds of another service's audit anchors overlapping "
            + "fromSeq..toSeq (both optional), oldest first")
    public Uni<List<Anchor>> anchors(@PathParam("service") String service, @QueryParam("fromSeq") Long fromSeq,
            @QueryParam("toSeq") Long toSeq) {
        if (service.equals(ring.serviceKey().keyId())) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "service",
                    "ask another service: its own anchors cannot vouch for it");
        }
        long from = fromSeq == null ? 1 : fromSeq;
        long until = toSeq == null ? Long.MAX_VALUE : toSeq;
        if (until < from) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "toSeq", "toSeq must not be below fromSeq");
        }
        return witness.copiesOf(service, from, until);
    }

    @GET
    @Path("/{subject}")
    @Operation(summary = "The entries about one subject (a case, referral, agency or task id), oldest first")
    public Uni<List<AuditEntry>> entries(@PathParam("subject") String subject) {
        return audit.entriesFor(subject);
    }
}
