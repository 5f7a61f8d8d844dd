package cn.lianxi.credit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.EnforcementDocumentKind;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.Topics;
import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Test data: one enforcement case and its events, produced on {@code enforcement.cases.v1} the way case-service's
 * outbox publishes them: the contract's {@link CaseEvent} records, serialised by the service's own ObjectMapper,
 * with the CloudEvents binary headers. Never hand-written JSON.
 */
public final class CaseFeed {

    public static final String COURT = "C320500";
    public static final BigDecimal OWED = new BigDecimal("50000.00");

    public final UUID caseId = UUID.randomUUID();
    public final String caseNumber = "(2025)苏05执" + Math.abs(caseId.getMostSignificantBits() % 100000) + "号";
    public final List<PartyRef> respondents;
    /** The court whose case this is: {@link #COURT} unless a test needs a court of its own. */
    public final String court;
    private final KafkaCompanion kafka;
    private CaseStatus status = CaseStatus.FILED;

    public CaseFeed(KafkaCompanion kafka, PartyRef... respondents) {
        this(kafka, COURT, respondents);
    }

    public CaseFeed(KafkaCompanion kafka, String court, PartyRef... respondents) {
        this.kafka = kafka;
        this.court = court;
        this.respondents = List.of(respondents);
    }

    /** A person respondent born on {@code birth} (yyyyMMdd) with a unique, valid resident ID. */
    public static PartyRef person(String name, String birth) {
        String serial = String.format("%03d", (int) (Math.random() * 1000));
        return new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, name,
                IdentityNumbers.withResidentCheck("320508" + birth + serial), false, null);
    }

    /** A company respondent with a unique, valid unified social credit code. */
    public static PartyRef company(String name, String legalRepresentative) {
        String body = Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 100000000L);
        String code = IdentityNumbers.withCreditCheck("9132050" + "8" + String.format("%08d", Long.parseLong(body)) + "M");
        return new PartyRef(PartyRole.RESPONDENT, PartyType.COMPANY, name, code, false, legalRepresentative);
    }

    /** A new case of these respondents, filed and consumed by the service. */
    public static CaseFeed filedCase(KafkaCompanion kafka, PartyRef... respondents) {
        CaseFeed feed = new CaseFeed(kafka, respondents);
        Api.awaitConsumed(feed.caseId, feed.filed());
        return feed;
    }

    public UUID filed() {
        return send(new CaseEventDetail.CaseFiled(LocalDate.of(2025, 6, 1), BasisType.JUDGMENT));
    }

    /** The court's listing decision on respondent {@code index}; {@code periodMonths} null for art. 1(1). */
    public CaseEventDetail.DishonestListingDecided listing(int index, ListingGround ground, Integer periodMonths,
            String decisionDate) {
        return new CaseEventDetail.DishonestListingDecided(respondents.get(index), ground, periodMonths,
                LocalDate.parse(decisionDate), "(2026)苏05执" + Math.abs(caseId.hashCode() % 1000) + "号之一");
    }

    /** The court's restriction order on respondent {@code index}. */
    public CaseEventDetail.ConsumptionRestrictionOrdered restriction(int index, String decisionDate,
            List<RestrictedBehaviour> behaviours, List<BoundPerson> boundPersons) {
        return new CaseEventDetail.ConsumptionRestrictionOrdered(respondents.get(index), behaviours, boundPersons,
                LocalDate.parse(decisionDate), "(2026)苏05执" + Math.abs(caseId.hashCode() % 1000) + "号限消令");
    }

    public UUID concluded(ConclusionType type) {
        return send(new CaseEventDetail.CaseConcluded(type, null));
    }

    public UUID freeze(int index) {
        return send(new CaseEventDetail.FreezeOrdered(new AccountOrder(respondents.get(index), "ICBC", null,
                "6222020000000001", new BigDecimal("10000.00"), UUID.randomUUID().toString(), null,
                new Officer("judge-C320500", "周法官"), new LegalBasis(EnforcementDocumentKind.ASSISTANCE_NOTICE,
                        "(2026)苏05执" + Math.abs(caseId.hashCode() % 1000) + "号协助冻结存款通知书", "冻结被执行人存款"))));
    }

    public UUID send(CaseEventDetail detail) {
        return send(detail, Instant.now());
    }

    /** Produces one event of this case; returns its event id. */
    public UUID send(CaseEventDetail detail, Instant occurredAt) {
        CaseEvent event = event(UUID.randomUUID(), detail, occurredAt, OWED);
        produce(event);
        return event.eventId();
    }

    /**
     * An event of this case in its current status, recovering everything owed once concluded (a concluded case stays
     * concluded in the snapshot, as case-service announces it).
     */
    public CaseEvent event(UUID eventId, CaseEventDetail detail, Instant occurredAt, BigDecimal owed) {
        if (detail instanceof CaseEventDetail.CaseConcluded) {
            status = CaseStatus.CONCLUDED;
        } else if (status != CaseStatus.CONCLUDED && (detail instanceof CaseEventDetail.FreezeOrdered
                || detail instanceof CaseEventDetail.DishonestListingDecided
                || detail instanceof CaseEventDetail.ConsumptionRestrictionOrdered)) {
            status = CaseStatus.MEASURES_UNDER_WAY;
        }
        BigDecimal recovered = status == CaseStatus.CONCLUDED ? owed : new BigDecimal("0.00");
        return new CaseEvent(eventId, caseId, court, caseNumber, occurredAt, status, owed, recovered, respondents,
                detail);
    }

    /** Produces {@code event} as case-service's outbox relay does (CloudEvents binary mode). */
    public void produce(CaseEvent event) {
        produce(caseId.toString(), json(event), event.ceType(), event.eventId().toString());
    }

    /** Produces a raw record (for poison records): {@code ceType} and {@code ceId} may be null for no headers. */
    public void produce(String key, String value, String ceType, String ceId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ENFORCEMENT_CASES, key, value);
        if (ceType != null) {
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", ceId);
            header(record, "ce_source", "/lianxi/case-service");
            header(record, "ce_type", ceType);
            header(record, "ce_subject", caseId.toString());
            header(record, "content-type", "application/json");
        }
        kafka.produceStrings().fromRecords(record).awaitCompletion();
    }

    /** {@code value} as the services' own ObjectMapper writes it (strict JSON, exact amounts). */
    public static String json(Object value) {
        try {
            return Arc.container().instance(ObjectMapper.class).get().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String respondentId(int index) {
        return respondents.get(index).idNumber();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
