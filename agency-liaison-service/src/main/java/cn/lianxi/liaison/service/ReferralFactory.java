package cn.lianxi.liaison.service;

import cn.lianxi.contracts.AgencyStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.tracing.Traces;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.AgencyChannel;
import cn.lianxi.liaison.Referral;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.config.ReferralConfig;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.mapping.SealedOrder;
import cn.lianxi.liaison.repository.AgencyRepository;
import cn.lianxi.liaison.repository.BankFanOut;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Creates referrals with their due time, audit entry, the court's sealed order when there is one, their ACCEPTED and
 * DELIVERED receipts and, for Kafka-connected agencies, their dispatch event. Every method runs inside the caller's
 * transaction.
 */
@ApplicationScoped
public class ReferralFactory {

    private final AgencyRepository agencies;
    private final BankFanOut fanOut;
    private final ReferralEvents events;
    private final AuditLog audit;
    private final ReferralConfig config;
    private final Json json;
    private final Clock clock;
    private final Receipts receipts;

    public ReferralFactory(AgencyRepository agencies, BankFanOut fanOut, ReferralEvents events, AuditLog audit,
            ReferralConfig config, Json json, Clock clock, Receipts receipts) {
        this.receipts = receipts;
        this.agencies = agencies;
        this.fanOut = fanOut;
        this.events = events;
        this.audit = audit;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** One referral to one agency; refuses unknown or suspended agencies and agencies of the wrong kind. */
    public Uni<Referral> create(NewReferral spec) {
        return agencies.findById(spec.agencyId()).chain(agency -> {
            checkAddressable(agency, spec.kind());
            Referral r = newReferral(spec, agency);
            return r.<Referral>persist()
                    .call(() -> audit.append(spec.requestedBy(), "referral-created", r.id.toString(),
                            "case=" + r.caseId + " kind=" + r.kind + " agency=" + r.agencyId))
                    .call(() -> r.status == ReferralStatus.DELIVERED ? events.dispatch(r) : Uni.createFrom().voidItem())
                    .call(() -> receipts.created(r));
        });
    }

    /**
     * 总对总: a BANK_INQUIRY for every active bank and every respondent, in set-based statements of this transaction.
     *
     * @param asked     one payload per respondent searched
     * @param inquiryId identifies the fan-out (the case event id, or a fresh id for a staff request)
     * @param order     the court's sealed order, or null
     * @return the number of referrals created
     */
    public Uni<Integer> fanOut(UUID caseId, String caseNumber, String courtCode, List<ReferralPayload> asked,
            UUID inquiryId, String actor, SealedOrder order) {
        Instant now = clock.instant();
        Instant due = now.plus(config.dueFor(ReferralKind.BANK_INQUIRY));
        Instant expires = due.plus(config.expireAfter());
        return Multi.createFrom().iterable(asked)
                .onItem().transformToUniAndConcatenate(p -> fanOut.insertReferrals(new BankFanOut.Inquiry(caseId,
                        caseNumber, courtCode, json.write(p), inquiryId, actor, now, due, expires, order)))
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .call(() -> fanOut.queueDispatches(inquiryId))
                .call(() -> fanOut.created(inquiryId).chain(receipts::created))
                .call(count -> audit.append(actor, "bank-inquiry-fanned-out", caseId.toString(),
                        "inquiry=" + inquiryId + " referrals=" + count));
    }

    private static void checkAddressable(Agency agency, ReferralKind kind) {
        if (agency == null) {
            throw ProblemException.badRequest(ProblemType.UNKNOWN_AGENCY, "agencyId", "no agency has this id");
        }
        if (agency.status != AgencyStatus.ACTIVE) {
            throw ProblemException.conflict(ProblemType.AGENCY_SUSPENDED, "the agency is suspended and takes no new referrals");
        }
        if (!kind.acceptedBy(agency.kind)) {
            throw ProblemException.badRequest(ProblemType.WRONG_AGENCY_KIND, "kind",
                    "a " + agency.kind + " agency does not handle " + kind + " referrals");
        }
    }

    private Referral newReferral(NewReferral spec, Agency agency) {
        Instant now = clock.instant();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.caseId = spec.caseId();
        r.caseNumber = spec.caseNumber();
        r.courtCode = spec.courtCode();
        r.agencyId = agency.id;
        r.kind = spec.kind();
        r.payload = json.write(spec.payload());
        r.sourceEventId = spec.sourceEventId();
        r.traceId = Traces.currentTraceId();
        r.requestedBy = spec.requestedBy();
        r.criminalReferralId = spec.criminalReferralId();
        r.createdAt = now;
        if (spec.order() != null) {
            r.orderDocument = spec.order().document();
            r.orderSeal = spec.order().seal();
            r.orderSealedBy = spec.order().keyId();
        }
        r.dueAt = now.plus(config.dueFor(spec.kind()));
        r.expiresAt = r.dueAt.plus(config.expireAfter());
        // a Kafka-connected agency is handed the referral at once through the outbox
        boolean push = agency.channel == AgencyChannel.KAFKA;
        r.status = push ? ReferralStatus.DELIVERED : ReferralStatus.QUEUED;
        r.deliveredAt = push ? now : null;
        return r;
    }
}
