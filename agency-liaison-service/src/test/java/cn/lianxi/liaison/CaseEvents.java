package cn.lianxi.liaison;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.EnforcementDocumentKind;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Case-service's events for tests, built from the contract records and written by the service's own ObjectMapper
 * (never hand-written JSON), published on enforcement.cases.v1 keyed by case id with their CloudEvents type.
 */
public final class CaseEvents {

    public static final String SUZHOU = "C320500";
    public static final String GUSU = "C320508";
    /** 虎丘区人民法院, a basic court C320500 leads (交叉执行 moves cases from it). */
    public static final String HUQIU = "C320505";
    public static final String RESPONDENT_ID = IdentityNumbers.withResidentCheck("32050819800101123");
    public static final PartyRef RESPONDENT = new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, "张三",
            RESPONDENT_ID, false, null);

    /** The judge who orders the tests' measures in case-service (the token's subject and name there). */
    public static final Officer OFFICER = new Officer("judge-C320500", "周法官");
    /** The notice of assistance (协助执行通知书) the tests' measures rest on. */
    public static final LegalBasis NOTICE = new LegalBasis(EnforcementDocumentKind.ASSISTANCE_NOTICE,
            "（2026）苏05执1234号之一", "查询、冻结、扣划被执行人存款");
    /** The same notice as a REST body names it ({@code legalBasis} of a judge's request here). */
    public static final Map<String, Object> NOTICE_JSON = Map.of("documentKind", NOTICE.documentKind().name(),
            "documentNumber", NOTICE.documentNumber(), "purpose", NOTICE.purpose());

    private CaseEvents() {
    }

    public static CaseEvent event(UUID caseId, String court, CaseEventDetail detail) {
        return new CaseEvent(UUID.randomUUID(), caseId, court, "(2023)苏05执" + caseId.toString().substring(0, 8) + "号",
                Instant.now(), CaseStatus.FILED, Money.of("1200000.00"), Money.of("0.00"), List.of(RESPONDENT),
                detail);
    }

    public static CaseEvent filed(UUID caseId, String court) {
        return event(caseId, court, new CaseEventDetail.CaseFiled(LocalDate.of(2023, 3, 1), BasisType.JUDGMENT));
    }

    /** A freeze order at the bank of {@code bankCode} (or the agency {@code agencyId} when not null). */
    public static CaseEvent freeze(UUID caseId, String bankCode, String agencyId, BigDecimal amount) {
        return event(caseId, SUZHOU, new CaseEventDetail.FreezeOrdered(order(bankCode, agencyId, amount)));
    }

    public static CaseEvent deduction(UUID caseId, String bankCode, String agencyId, BigDecimal amount) {
        return event(caseId, SUZHOU, new CaseEventDetail.DeductionOrdered(order(bankCode, agencyId, amount)));
    }

    public static CaseEvent refusal(UUID caseId, String court, String evidence) {
        return event(caseId, court, new CaseEventDetail.RefusalReported(RESPONDENT, evidence, OFFICER, NOTICE));
    }

    private static CaseEventDetail.AccountOrder order(String bankCode, String agencyId, BigDecimal amount) {
        return new CaseEventDetail.AccountOrder(RESPONDENT, bankCode, agencyId, "6216610000009999", amount,
                "REQ-" + UUID.randomUUID(), null, OFFICER, NOTICE);
    }

    /** An event of the case at {@code at} whose snapshot says {@code owed} and {@code recovered}. */
    public static CaseEvent withAmounts(UUID caseId, Instant at, String owed, String recovered,
            CaseEventDetail detail) {
        return new CaseEvent(UUID.randomUUID(), caseId, SUZHOU, "(2023)苏05执" + caseId.toString().substring(0, 8) + "号",
                at, CaseStatus.MEASURES_UNDER_WAY, Money.of(owed), Money.of(recovered), List.of(RESPONDENT), detail);
    }

    /** A deduction order of {@code amount} from {@code account} at the agency {@code agencyId}. */
    public static CaseEventDetail.DeductionOrdered deductionOf(String agencyId, String account, BigDecimal amount) {
        return new CaseEventDetail.DeductionOrdered(new CaseEventDetail.AccountOrder(RESPONDENT, null, agencyId,
                account, amount, "REQ-" + UUID.randomUUID(), null, OFFICER, NOTICE));
    }

    public static void publish(KafkaCompanion kafka, ObjectMapper mapper, CaseEvent... events) {
        for (CaseEvent e : events) {
            kafka.produceStrings().fromRecords(record(mapper, e)).awaitCompletion();
        }
    }

    /** The record as case-service's outbox relay sends it: JSON value, case id key, {@code ce_type} header. */
    public static ProducerRecord<String, String> record(ObjectMapper mapper, CaseEvent e) {
        var record = new ProducerRecord<>(Topics.ENFORCEMENT_CASES, e.caseId().toString(), json(mapper, e));
        record.headers().add("ce_type", e.ceType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    public static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
