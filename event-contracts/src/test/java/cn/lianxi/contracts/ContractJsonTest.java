package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The records' JSON: kinds name their shapes, amounts keep two decimals, vocabularies travel as one spelling. */
class ContractJsonTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static final PartyRef RESPONDENT = new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, "张三",
            IdentityNumbers.withResidentCheck("32050819800101123"), false, null);

    @Test
    void aCaseEventNamesItsKindBesideItsTypedDetail() throws Exception {
        CaseEvent event = new CaseEvent(UUID.randomUUID(), UUID.randomUUID(), "C320508", "(2023)苏05执1号",
                Instant.parse("2026-11-30T08:00:00Z"), CaseStatus.MEASURES_UNDER_WAY, Money.of("99999999999999.99"),
                Money.of("0.10"), List.of(RESPONDENT),
                new CaseEventDetail.DeductionOrdered(new CaseEventDetail.AccountOrder(RESPONDENT, "ICBC", null,
                        "6222000011112222", Money.of("1200000.50"), "evt-1", null, new Officer("sub-1", "周法官"),
                        new LegalBasis(EnforcementDocumentKind.RULING, "（2026）苏0508执1234号之二", "扣划存款"))));
        String json = JSON.writeValueAsString(event);
        JsonNode tree = JSON.readTree(json);
        assertEquals("DEDUCTION_ORDERED", tree.get("kind").asText());
        assertEquals("1200000.50", tree.at("/detail/order/amount").decimalValue().toPlainString());
        assertEquals("sub-1", tree.at("/detail/order/orderedBy/id").asText());
        assertEquals("RULING", tree.at("/detail/order/legalBasis/documentKind").asText());
        assertTrue(json.contains("99999999999999.99"), json);
        CaseEvent back = JSON.readValue(json, CaseEvent.class);
        assertEquals(event, back);
        assertEquals(CaseEventKind.DEDUCTION_ORDERED, back.kind());
        assertEquals(new BigDecimal("1200000.50"), ((CaseEventDetail.DeductionOrdered) back.detail()).order().amount());
    }

    @Test
    void aCourtEventIsReadByItsKind() throws Exception {
        String json = """
                {"kind":"DISHONEST_LISTING_DECIDED","eventId":"e-1","courtCode":"C320508","caseNumber":"(2023)苏05执1号",
                 "ground":1,"decisionDate":"2026-11-01"}""";
        CourtCaseEvent e = JSON.readValue(json, CourtCaseEvent.class);
        CourtCaseEvent.DishonestListingDecided listing = assertInstanceOf(CourtCaseEvent.DishonestListingDecided.class, e);
        assertEquals(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, listing.ground());
        assertEquals(LocalDate.parse("2026-11-01"), listing.decisionDate());
        assertEquals("DISHONEST_LISTING_DECIDED", JSON.readTree(JSON.writeValueAsString(e)).get("kind").asText());
        assertEquals(1, JSON.readTree(JSON.writeValueAsString(e)).get("ground").asInt(), "the statute's item, art. 1(1)");
    }

    @Test
    void anUnknownGroundOrBehaviourIsAWrongField() {
        assertThrows(Exception.class, () -> JSON.readValue("""
                {"kind":"DISHONEST_LISTING_DECIDED","eventId":"e","courtCode":"C","caseNumber":"n","ground":7}""",
                CourtCaseEvent.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("""
                {"kind":"CONSUMPTION_RESTRICTION_ORDERED","eventId":"e","courtCode":"C","caseNumber":"n",
                 "behaviours":["FLIGHT"]}""", CourtCaseEvent.class));
    }

    @Test
    void anAnswerKeepsItsType() throws Exception {
        ReferralResult r = new ReferralResult.BankInquiry(List.of(
                new ReferralResult.Account("6222", "SAVINGS", Money.of("12000000.00"), "CNY")));
        String json = JSON.writeValueAsString(new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "C320508", "bank-icbc", ReferralKind.BANK_INQUIRY, OutcomeType.ANSWERED, Instant.now(), null, r, null, null, null, null));
        assertTrue(json.contains("\"balance\":12000000.00"), json);
        ReferralOutcome back = JSON.readValue(json, ReferralOutcome.class);
        assertEquals(Money.of("12000000.00"), ((ReferralResult.BankInquiry) back.result()).totalBalance());
    }
}
