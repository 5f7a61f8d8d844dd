package cn.lianxi.liaison.service;

import cn.lianxi.contracts.AgencyStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.AgencyChannel;
import cn.lianxi.liaison.messaging.AgencyTopics;
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.liaison.repository.AgencyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The registry of member agencies (成员单位); every change is an audited admin action and is published on the
 * agency directory ({@link AgencyDirectory}) in the same transaction. A Kafka-connected agency's own topics are created
 * before its registration commits ({@link AgencyTopics}): nothing is ever dispatched to a topic that does not exist.
 */
@ApplicationScoped
public class AgencyService {

    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final Clock clock;
    private final AgencyDirectory directory;
    private final AgencyTopics topics;

    public AgencyService(AgencyRepository agencies, AuditLog audit, Clock clock, AgencyDirectory directory,
            AgencyTopics topics) {
        this.directory = directory;
        this.topics = topics;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Agency> register(AgencyRequest request, String actor) {
        if (request.kind() == AgencyKind.BANK && request.bankCode() == null) {
            throw ProblemException.badRequest(ProblemType.BANK_CODE_REQUIRED, "bankCode", "a bank needs its bank code");
        }
        if (request.sealKey() != null) {
            checkSealKey(request.id(), request.sealKey());
        }
        return agencies.findById(request.id()).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict(ProblemType.DUPLICATE_AGENCY, "an agency with this id exists");
            }
            return request.bankCode() == null ? Uni.createFrom().nullItem()
                    : agencies.find("bankCode", request.bankCode()).firstResult();
        }).chain(sameCode -> {
            if (sameCode != null) {
                throw ProblemException.conflict(ProblemType.DUPLICATE_BANK_CODE, "another bank has this bank code");
            }
            Agency a = newAgency(request);
            Uni<Void> ownTopics = a.channel == AgencyChannel.KAFKA ? topics.ensure(a.id, a.kind)
                    : Uni.createFrom().voidItem();
            return ownTopics.chain(() -> agencies.persist(a)).call(() -> audit.append(actor, "agency-registered", a.id,
                    "kind=" + a.kind + " channel=" + a.channel + " sealKey=" + (a.sealKey != null)))
                    .call(directory::publish);
        });
    }

    @WithTransaction
    public Uni<Agency> setStatus(String id, AgencyStatus status, String actor) {
        return agencies.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("agency"))
                .call(a -> {
                    if (a.status == status) {
                        return Uni.createFrom().voidItem();
                    }
                    a.status = status;
                    a.updatedAt = clock.instant();
                    return audit.append(actor, "agency-" + status.name().toLowerCase(), a.id, "status=" + status)
                            .call(() -> directory.publish(a));
                });
    }

    /** Registers or replaces the agency's public seal key (its key id is the agency id); audited. */
    @WithTransaction
    public Uni<Agency> replaceSealKey(String id, String pem, String actor) {
        return agencies.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("agency"))
                .call(a -> {
                    String fingerprint = checkSealKey(id, pem);
                    a.sealKey = pem;
                    a.updatedAt = clock.instant();
                    return audit.append(actor, "agency-seal-key-replaced", a.id, "key-sha256=" + fingerprint);
                });
    }

    /**
     * A readable public key of a supported algorithm, else a 400 naming {@code sealKey} with why.
     *
     * @return SHA-256 of the key's PEM, for the audit entry
     */
    private static String checkSealKey(String id, String pem) {
        try {
            SealKeys.fromPublicPem(id, pem);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "sealKey", e.getMessage());
        }
        return Canonical.sha256(pem.getBytes(StandardCharsets.UTF_8));
    }

    @WithSession
    public Uni<List<Agency>> list(AgencyKind kind, AgencyStatus status) {
        return agencies.search(kind, status);
    }

    @WithSession
    public Uni<Agency> get(String id) {
        return agencies.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("agency"));
    }

    private Agency newAgency(AgencyRequest request) {
        Agency a = new Agency();
        a.id = request.id();
        a.kind = request.kind();
        a.name = request.name();
        a.bankCode = request.bankCode();
        a.jurisdiction = request.jurisdiction() == null ? List.of() : List.copyOf(request.jurisdiction());
        a.contact = request.contact();
        a.channel = request.channel() == null ? AgencyChannel.PULL : request.channel();
        a.sealKey = request.sealKey();
        a.status = AgencyStatus.ACTIVE;
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        return a;
    }
}
