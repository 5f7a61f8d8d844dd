package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract's one rule set, checked with the real Hibernate Validator and a fixed clock in China time: every
 * channel of every service applies exactly these constraints.
 */
class ConstraintsTest {

    /** 2026-12-01 17:30 UTC is already 2026-12-02 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .clockProvider(() -> CLOCK).buildValidatorFactory().getValidator();
    private static final String PERSON_ID = IdentityNumbers.withResidentCheck("32050819800101123");
    private static final String OTHER_ID = IdentityNumbers.withResidentCheck("32050819850505123");
    private static final String COMPANY_ID = IdentityNumbers.withCreditCheck("91320508MA1XXXXX0");

    private static PartyRef party(PartyRole role, String name, String id) {
        return new PartyRef(role, PartyType.PERSON, name, id, false, null);
    }

    private static CourtCaseEvent.CaseFiled filing(LocalDate filedOn, BigDecimal owed, List<PartyRef> parties) {
        return new CourtCaseEvent.CaseFiled("e-1", "C320508", "(2026)苏05执1号", null, null, filedOn,
                BasisType.JUDGMENT, "(2025)苏05民初1号", owed, null, parties);
    }

    private static List<PartyRef> parties() {
        return List.of(party(PartyRole.APPLICANT, "李四", OTHER_ID), party(PartyRole.RESPONDENT, "张三", PERSON_ID));
    }

    private static Set<String> fields(Object record) {
        return VALIDATOR.validate(record).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aValidFilingPasses() {
        assertEquals(Set.of(), fields(filing(LocalDate.parse("2026-12-02"), Money.of("99999999999999.99"), parties())),
                "today in Shanghai is 2026-12-02 although UTC is still on the 1st");
    }

    @Test
    @DisplayName("a measure names its officer and its legal basis, each part of them, or it is refused naming the field")
    void aMeasureNamesItsOfficerAndItsLegalBasis() {
        Officer judge = new Officer("sub-1", "周法官");
        LegalBasis notice = new LegalBasis(EnforcementDocumentKind.ASSISTANCE_NOTICE, "（2026）苏0508执1234号之一",
                "查询被执行人银行存款");
        assertEquals(Set.of(), fields(inquiry(judge, notice)));
        assertEquals(Set.of("orderedBy", "legalBasis"), fields(inquiry(null, null)));
        assertEquals(Set.of("orderedBy.id", "legalBasis.documentNumber", "legalBasis.documentKind"),
                fields(inquiry(new Officer(" ", "周法官"), new LegalBasis(null, "", "查询"))));
        assertEquals(Set.of("legalBasis.purpose"), fields(inquiry(judge,
                new LegalBasis(EnforcementDocumentKind.RULING, "（2026）苏0508执1234号", "查询\n冻结"))));
        assertEquals(Set.of("orderedBy"), fields(new CourtCaseEvent.FreezeRenewalOrdered("e-2", "C320508",
                "(2026)苏05执1号", null, null, "e-1", null, null, notice)));
        // the platform's own scheduled search is the one inquiry without them; a judge's inquiry may not omit them
        assertEquals(Set.of(), fields(new CaseEventDetail.AssetInquiryRequested(null, "round-end-search-1", null, null,
                true)));
        assertEquals(Set.of("basisGiven"), fields(new CaseEventDetail.AssetInquiryRequested(null, "e-1", judge, null)));
    }

    private static CourtCaseEvent.AssetInquiryRequested inquiry(Officer officer, LegalBasis basis) {
        return new CourtCaseEvent.AssetInquiryRequested("e-1", "C320508", "(2026)苏05执1号", null, null, null, officer,
                basis);
    }

    @Test
    void amountsHaveTwoDecimalsAndStayInRange() {
        assertEquals(Set.of("amountOwed"), fields(filing(LocalDate.parse("2026-11-01"), new BigDecimal("1000.001"), parties())));
        assertEquals(Set.of("amountOwed"), fields(filing(LocalDate.parse("2026-11-01"), new BigDecimal("100000000000000.00"), parties())));
        assertEquals(Set.of("amountOwed"), fields(filing(LocalDate.parse("2026-11-01"), BigDecimal.ZERO, parties())));
    }

    @Test
    void filingDatesMakeSense() {
        assertEquals(Set.of("filedOn"), fields(filing(LocalDate.parse("1989-12-31"), Money.of("1.00"), parties())));
        assertEquals(Set.of("filedOn"), fields(filing(LocalDate.parse("2026-12-03"), Money.of("1.00"), parties())));
    }

    @Test
    void aPartyTwiceOrTheApplicantAsRespondentIsRefused() {
        List<PartyRef> same = List.of(party(PartyRole.APPLICANT, "张三", PERSON_ID), party(PartyRole.RESPONDENT, "张三", PERSON_ID));
        assertEquals(Set.of("parties"), fields(filing(LocalDate.parse("2026-11-01"), Money.of("1.00"), same)));
        List<PartyRef> noRespondent = List.of(party(PartyRole.APPLICANT, "李四", OTHER_ID));
        assertEquals(Set.of("parties"), fields(filing(LocalDate.parse("2026-11-01"), Money.of("1.00"), noRespondent)));
    }

    @Test
    void namesWithControlInvisibleOrDirectionCharactersAreRefused() {
        for (String name : List.of("张\u0000三", "张三\u202E", "\u200B\u200B", "张\n三", "\u3164", "张\uD800三")) {
            List<PartyRef> parties = List.of(party(PartyRole.APPLICANT, "李四", OTHER_ID), party(PartyRole.RESPONDENT, name, PERSON_ID));
            assertEquals(Set.of("parties[1].name"), fields(filing(LocalDate.parse("2026-11-01"), Money.of("1.00"), parties)),
                    "refused: " + name.codePoints().mapToObj(Integer::toHexString).toList());
        }
        List<PartyRef> fine = List.of(party(PartyRole.APPLICANT, "李四", OTHER_ID),
                party(PartyRole.RESPONDENT, "阿卜杜·热合曼 𠀋", PERSON_ID));
        assertEquals(Set.of(), fields(filing(LocalDate.parse("2026-11-01"), Money.of("1.00"), fine)));
    }

    @Test
    void identifiersAreCheckedByTypeWithBirthDatesNotInTheFuture() {
        assertEquals(Set.of(), fields(new PartyRef(PartyRole.RESPONDENT, PartyType.COMPANY, "某公司", COMPANY_ID, false, "王五")));
        assertEquals(Set.of("idNumber"), fields(new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, "某公司", COMPANY_ID, false, null)));
        String unborn = IdentityNumbers.withResidentCheck("32050820270101123");
        assertEquals(Set.of("idNumber"), fields(party(PartyRole.RESPONDENT, "未来", unborn)));
    }

    @Test
    void anEventFromTheFutureBeyondSkewIsRefused() {
        CourtCaseEvent.PaymentReceived soon = new CourtCaseEvent.PaymentReceived("e", "C", "n",
                CLOCK.instant().plusSeconds(60), null, Money.of("1.00"), PaymentSource.VOLUNTARY, "TR-1");
        CourtCaseEvent.PaymentReceived later = new CourtCaseEvent.PaymentReceived("e", "C", "n",
                CLOCK.instant().plusSeconds(3600), null, Money.of("1.00"), PaymentSource.VOLUNTARY, "TR-1");
        assertEquals(Set.of(), fields(soon), "a minute of clock skew is tolerated");
        assertEquals(Set.of("occurredAt"), fields(later));
    }

    @Test
    void aStatusChangeToConcludedNeedsItsType() {
        Set<ConstraintViolation<CourtCaseEvent.StatusChanged>> v = VALIDATOR.validate(new CourtCaseEvent.StatusChanged(
                "e", "C", "n", null, null, CaseStatus.CONCLUDED, null, null));
        assertEquals(1, v.size());
        assertTrue(v.iterator().next().getMessage().contains("conclusionType"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2: items (2)-(6) last 24 months or 36/48/60 when extended; item (1) has no fixed term")
    void aListingPeriodIsOneTheStatuteAllows() {
        assertEquals(Set.of("periodMonths"), fields(courtListing(ListingGround.BREACH_OF_PROPERTY_REPORTING, 30)),
                "art. 2: 24, or 36/48/60 when extended");
        assertEquals(Set.of(), fields(courtListing(ListingGround.BREACH_OF_PROPERTY_REPORTING, 36)));
        assertEquals(Set.of(), fields(courtListing(ListingGround.BREACH_OF_PROPERTY_REPORTING, null)), "absent means 24");
        assertEquals(Set.of("periodMonths"), fields(courtListing(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, 24)),
                "art. 1(1) has no fixed term");
        assertEquals(Set.of(), fields(courtListing(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null)));
        PartyRef person = new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, "张三",
                IdentityNumbers.withResidentCheck("32050819800101001"), false, null);
        assertEquals(Set.of("periodMonths"), fields(new CaseEventDetail.DishonestListingDecided(person,
                ListingGround.BREACH_OF_PROPERTY_REPORTING, null, LocalDate.of(2026, 11, 2), "D1")),
                "the case event states the term of items (2)-(6)");
        assertEquals(Set.of(), fields(new CaseEventDetail.DishonestListingDecided(person,
                ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, LocalDate.of(2026, 11, 2), "D1")));
    }

    private static CourtCaseEvent.DishonestListingDecided courtListing(ListingGround ground, Integer months) {
        return new CourtCaseEvent.DishonestListingDecided("e", "C", "n", null, null, null, ground, months, null, null);
    }

    @Test
    void aBankAnswerWithThreeDecimalsIsRefused() {
        assertEquals(Set.of("amountDeducted"), fields(new ReferralResult.Deduction("6222", new BigDecimal("1000.001"), "T1")));
        assertEquals(Set.of(), fields(new ReferralResult.Deduction("6222", Money.of("99999999999999.99"), "T1")));
    }

    @Test
    void moneyIsFormattedForPeople() {
        assertEquals("10,000.50", Money.format(new BigDecimal("10000.5")));
        assertEquals("99,999,999,999,999.99", Money.format(Money.MAX));
    }
}
