package cn.lianxi.contracts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One record of every kind on every topic, built with the contract's own records, as the services build them:
 * amounts with two decimals and at the bounds, nulls where a field has no value. The payload test serialises them
 * with the services' mapper settings and validates them against the AsyncAPI document.
 */
final class ContractSamples {

    static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");
    private static final UUID ORDER = UUID.fromString("5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID NOTICE_ID = UUID.fromString("6e2d3c4b-5f6a-4b7c-9d8e-0f1a2b3c4d5e");
    static final LocalDate DECIDED = LocalDate.parse("2026-11-20");
    static final UUID CASE = UUID.fromString("0b6c1c8e-4f3a-4c61-9f0e-5d2b7a9e1c11");
    static final String COURT = "C320508";
    static final String CASE_NUMBER = "(2023)苏05执123号";

    /** The judge who orders the samples' measures, as a token names them, and the notices they rest on. */
    static final Officer JUDGE = new Officer("0c7d8e9f-1a2b-4c3d-8e9f-a0b1c2d3e4f5", "周法官");
    static final LegalBasis NOTICE = new LegalBasis(EnforcementDocumentKind.ASSISTANCE_NOTICE, "（2023）苏05执123号之一",
            "查询被执行人银行存款");
    static final LegalBasis RULING = new LegalBasis(EnforcementDocumentKind.RULING, "（2023）苏05执123号之二",
            "冻结被执行人存款以备扣划");

    /** A person: no legal representative, which CaseEvent writes as null. */
    static final PartyRef PERSON = new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, "张三",
            IdentityNumbers.withResidentCheck("32050819800101123"), false, null);
    static final PartyRef COMPANY = new PartyRef(PartyRole.RESPONDENT, PartyType.COMPANY, "苏州某某贸易有限公司",
            IdentityNumbers.withCreditCheck("91320500MA1MXXXX0"), false, "李四");
    static final PartyRef APPLICANT = new PartyRef(PartyRole.APPLICANT, PartyType.PERSON, "王五",
            IdentityNumbers.withResidentCheck("32050819750505223"), false, null);

    private ContractSamples() {
    }

    /** Topic → one record of each kind published on it. */
    static Map<String, List<Object>> byTopic() {
        Map<String, List<Object>> samples = new LinkedHashMap<>();
        samples.put(Topics.courtCaseEvents(COURT), List.copyOf(courtEvents()));
        samples.put(Topics.ENFORCEMENT_CASES, List.copyOf(caseEvents()));
        samples.put(Topics.REFERRAL_OUTCOMES, List.copyOf(referralOutcomes()));
        samples.put(Topics.referralDispatch("BANK-ICBC", ReferralKind.DEDUCTION.slug()), List.of(dispatch()));
        samples.put(Topics.agencyResults("BANK-ICBC"), List.copyOf(agencyResults()));
        samples.put(Topics.CREDIT_SANCTIONS, List.copyOf(sanctionEvents()));
        samples.put(Topics.AGENCY_DIRECTORY, List.of(
                new AgencyChanged(UUID.randomUUID(), "BANK-ICBC", AgencyKind.BANK, "中国工商银行", "ICBC",
                        AgencyStatus.ACTIVE, AT),
                new AgencyChanged(UUID.randomUUID(), "POLICE-SZ", AgencyKind.POLICE, "苏州市公安局", null,
                        AgencyStatus.SUSPENDED, AT)));
        samples.put(Topics.AUDIT_ANCHORS, List.of(
                new cn.lianxi.evidence.Anchor("case-service", 1, 2, "b".repeat(64), List.of("a".repeat(64),
                        "b".repeat(64)), AT, "eyJhbGciOiJFUzI1NiJ9..c2ln"),
                new cn.lianxi.evidence.Anchor("case-service", 3, 2, "b".repeat(64), List.of(), AT,
                        "eyJhbGciOiJFUzI1NiJ9..c2ln")));
        return samples;
    }

    static List<CourtCaseEvent> courtEvents() {
        String id = "evt-";
        return List.of(
                new CourtCaseEvent.CaseFiled(id + 1, COURT, CASE_NUMBER, AT, "承办人甲", LocalDate.parse("2023-03-01"),
                        BasisType.JUDGMENT, "(2022)苏05民初45号", Money.of("99999999999999.99"), "审判员乙",
                        List.of(APPLICANT, PERSON, COMPANY)),
                new CourtCaseEvent.PartyAdded(id + 2, COURT, CASE_NUMBER, AT, null, COMPANY),
                new CourtCaseEvent.PartyCorrected(id + 3, COURT, CASE_NUMBER, AT, null, PERSON, "32050819800101000X"),
                new CourtCaseEvent.AssetInquiryRequested(id + 4, COURT, CASE_NUMBER, null, null, null, JUDGE, NOTICE),
                new CourtCaseEvent.FreezeOrdered(id + 5, COURT, CASE_NUMBER, AT, null, PERSON.idNumber(), "ICBC", null,
                        "6222000011112222", Money.of("1200000.50"), JUDGE, RULING),
                new CourtCaseEvent.UnfreezeOrdered(id + 6, COURT, CASE_NUMBER, AT, null, null, null, "BANK-ICBC",
                        "6222000011112222", null, id + 5, JUDGE, RULING),
                new CourtCaseEvent.DeductionOrdered(id + 7, COURT, CASE_NUMBER, AT, "承办人甲", PERSON.idNumber(), "ICBC",
                        null, "6222000011112222", Money.of("0.01"), null, JUDGE, RULING),
                new CourtCaseEvent.PaymentReceived(id + 8, COURT, CASE_NUMBER, AT, null, Money.of("10000.50"),
                        PaymentSource.VOLUNTARY, "TR-20260301-0001"),
                new CourtCaseEvent.RefusalReported(id + 9, COURT, CASE_NUMBER, AT, null, null, "转移财产\n证据见附件", JUDGE,
                        NOTICE),
                new CourtCaseEvent.DishonestListingDecided(id + 10, COURT, CASE_NUMBER, AT, null, PERSON.idNumber(),
                        ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, 36, DECIDED, "(2023)苏05执123号之一"),
                new CourtCaseEvent.ConsumptionRestrictionOrdered(id + 11, COURT, CASE_NUMBER, AT, null,
                        COMPANY.idNumber(), List.of(RestrictedBehaviour.FLIGHTS, RestrictedBehaviour.REAL_ESTATE),
                        List.of(new BoundPerson(BoundPersonRole.LEGAL_REPRESENTATIVE, "李四",
                                IdentityNumbers.withResidentCheck("32050819700303123"))), DECIDED, null),
                new CourtCaseEvent.StatusChanged(id + 12, COURT, CASE_NUMBER, AT, null, CaseStatus.CONCLUDED,
                        ConclusionType.TERMINATION_OF_THIS_ROUND, "无可供执行财产"),
                new CourtCaseEvent.CaseSuspended(id + 13, COURT, CASE_NUMBER, AT, null, "申请人申请"),
                new CourtCaseEvent.CaseResumed(id + 14, COURT, CASE_NUMBER, AT, null, null),
                new CourtCaseEvent.CaseConcluded(id + 15, COURT, CASE_NUMBER, AT, null, ConclusionType.FULL_PERFORMANCE,
                        null),
                new CourtCaseEvent.BankruptcyTransferProposed(id + 16, COURT, CASE_NUMBER, AT, null, "资不抵债"),
                new CourtCaseEvent.FreezeRenewalOrdered(id + 17, COURT, CASE_NUMBER, AT, null, id + 5, null, JUDGE,
                        NOTICE),
                new CourtCaseEvent.CaseFiled(id + 18, COURT, "(2023)苏05执124号", AT, null, LocalDate.parse("2023-03-01"),
                        BasisType.MEDIATION, "(2022)苏05民初46号", Money.of("5000.00"), null, List.of(APPLICANT, PERSON),
                        AT.plus(Duration.ofDays(10))),
                new CourtCaseEvent.DeductionOrdered(id + 19, COURT, CASE_NUMBER, AT, null, null, "ICBC", null,
                        "6222000011112222", Money.of("100.00"), null, JUDGE,
                        new LegalBasis(EnforcementDocumentKind.RULING, "(2023)苏05执123号之二", "扣划存款", "被执行人正在转移存款")),
                new CourtCaseEvent.CapacityFound(id + 20, COURT, CASE_NUMBER, AT, null, PERSON.idNumber(),
                        PerformanceCapacity.UNABLE, "重病住院，名下无财产"));
    }

    static List<CaseEventDetail> caseEventDetails() {
        CaseEventDetail.AccountOrder partial = new CaseEventDetail.AccountOrder(PERSON, "ICBC", null,
                "6222000011112222", Money.of("1200000.50"), "evt-5", null, JUDGE, RULING);
        // a release the platform orders on a conclusion names no officer or document
        CaseEventDetail.AccountOrder whole = new CaseEventDetail.AccountOrder(PERSON, null, "BANK-ICBC",
                "6222000011112222", null, "evt-6", "evt-5", null, null);
        return List.of(
                new CaseEventDetail.CaseFiled(LocalDate.parse("2023-03-01"), BasisType.ARBITRAL_AWARD),
                new CaseEventDetail.PartyChanged(COMPANY, null),
                new CaseEventDetail.AssetInquiryRequested(null, "evt-4", JUDGE, NOTICE),
                new CaseEventDetail.FreezeOrdered(partial),
                new CaseEventDetail.UnfreezeOrdered(whole),
                new CaseEventDetail.DeductionOrdered(partial),
                new CaseEventDetail.PaymentReceived(Money.of("99999999999999.99"), PaymentSource.DEDUCTION,
                        "ICBC-20260301-42"),
                new CaseEventDetail.RefusalReported(PERSON, "转移财产", JUDGE, NOTICE),
                new CaseEventDetail.DishonestListingDecided(PERSON, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null,
                        DECIDED, "(2023)苏05执123号之一"),
                new CaseEventDetail.ConsumptionRestrictionOrdered(COMPANY,
                        List.of(RestrictedBehaviour.OTHER_NON_ESSENTIAL_CONSUMPTION),
                        List.of(new BoundPerson(BoundPersonRole.ACTUAL_CONTROLLER, "赵六", null)), DECIDED, CASE_NUMBER),
                new CaseEventDetail.StatusChanged(CaseStatus.INVESTIGATING, null),
                new CaseEventDetail.CaseConcluded(ConclusionType.BANKRUPTCY_TRANSFER, "移送破产审查"),
                new CaseEventDetail.BankruptcyTransferProposed(null),
                new CaseEventDetail.OutcomeRecorded(UUID.randomUUID(), "BANK-ICBC", ReferralKind.DEDUCTION,
                        OutcomeType.DEDUCTED, Money.of("1200000.50")),
                new CaseEventDetail.FreezeRenewalOrdered(whole),
                // the platform's own search after 终本 names no officer or document
                new CaseEventDetail.AssetInquiryRequested(PERSON, "round-end-search-1", null, null, true),
                new CaseEventDetail.CaseFiled(LocalDate.parse("2023-03-01"), BasisType.JUDGMENT, AT.plus(Duration.ofDays(10))),
                new CaseEventDetail.CapacityFound(PERSON, PerformanceCapacity.UNWILLING, "有房产出租收入而拒不履行"),
                new CaseEventDetail.PropertyReportOrdered(ORDER, PERSON, AT.plus(Duration.ofDays(10)), JUDGE),
                new CaseEventDetail.PropertyReported(ORDER, PERSON, Money.of("0.00"), 0, 0, true),
                new CaseEventDetail.PropertyReportBreached(ORDER, PERSON, PropertyReportBreach.FALSE_REPORT,
                        "隐瞒名下车辆一辆"),
                new CaseEventDetail.RewardNoticePublished(NOTICE_ID, PERSON, Money.of("5000.00"),
                        AT.plus(Duration.ofDays(90))),
                new CaseEventDetail.RewardLeadAssessed(NOTICE_ID, ORDER, true, Money.of("5000.00")),
                new CaseEventDetail.RewardLeadAssessed(NOTICE_ID, ORDER, false, null),
                new CaseEventDetail.RewardNoticeWithdrawn(NOTICE_ID, "案件已结案"),
                new CaseEventDetail.ExitBanOrdered(PERSON, "evt-7", JUDGE, RULING, "有出境记录且拒不履行"),
                // the lifting the platform orders on a conclusion names no officer or document
                new CaseEventDetail.ExitBanLiftingOrdered(PERSON, "evt-8", "evt-7", null, null, "执行完毕"),
                new CaseEventDetail.AuctionHandoffOrdered(COMPANY, "evt-9", "苏州市姑苏区某路1号商铺", Money.of("123456.78"),
                        null, JUDGE, RULING),
                new CaseEventDetail.MeasureCancelled("evt-9", ReferralKind.JUDICIAL_AUCTION, "案外人异议成立",
                        "judge-gs", "judge-zy"),
                new CaseEventDetail.BankruptcyTransferDecided(ORDER, COMPANY, "C320500",
                        new CaseEventDetail.BankruptcyConsent(COMPANY, DECIDED, "同意移送破产审查申请书"), DECIDED, JUDGE,
                        "资不抵债"),
                new CaseEventDetail.BankruptcyPetitionAccepted(new CaseEventDetail.BankruptcyRuling(ORDER, "C320500",
                        DECIDED, "(2026)苏05破申1号", JUDGE, null)),
                new CaseEventDetail.BankruptcyPetitionRefused(new CaseEventDetail.BankruptcyRuling(ORDER, "C320500",
                        DECIDED, null, JUDGE, "不具备破产原因")),
                new CaseEventDetail.CourtTransferred("C320505", "C320508", CourtTransferMode.CROSS, "回避", JUDGE),
                new CaseEventDetail.CourtRequestSent(ORDER, "C320500", "C320508", CourtRequestStep.SERVE_DOCUMENT,
                        "送达执行通知书", DECIDED, null),
                new CaseEventDetail.CourtRequestAnswered(ORDER, "C320500", "C320508", CourtRequestStep.SERVE_DOCUMENT,
                        CourtRequestOutcome.DONE, "已送达", List.of(new CaseEventDetail.Evidence("送达回证.pdf",
                                "a".repeat(64), "application/pdf")), JUDGE));
    }

    static List<CaseEvent> caseEvents() {
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEventDetail detail : caseEventDetails()) {
            events.add(new CaseEvent(UUID.randomUUID(), CASE, COURT, CASE_NUMBER, AT, CaseStatus.MEASURES_UNDER_WAY,
                    Money.of("99999999999999.99"), Money.of("0.00"), List.of(PERSON, COMPANY), detail));
        }
        return events;
    }

    static List<ReferralResult> referralResults() {
        return List.of(
                new ReferralResult.BankInquiry(List.of(
                        new ReferralResult.Account("6222000011112222", "SAVINGS", Money.of("12000000.00"), "CNY"),
                        new ReferralResult.Account("6222000033334444", null, Money.of("0.00"), null))),
                new ReferralResult.Freeze("6222000011112222", Money.of("1200000.50"), LocalDate.parse("2027-11-29")),
                new ReferralResult.Unfreeze("6222000011112222", Money.of("0.00")),
                new ReferralResult.Deduction("6222000011112222", Money.of("99999999999999.99"), "TR-2026-0001"),
                new ReferralResult.Location(true, "苏州市姑苏区", null),
                new ReferralResult.PoliceDecision(ReferralResult.PoliceDecision.Decision.OPEN_CASE, "苏公刑2026-1", null),
                new ReferralResult.ProcuratorateDecision(ReferralResult.ProcuratorateDecision.Decision.NO_SUPERVISION,
                        "理由充分"),
                new ReferralResult.Note("不动产登记信息", Map.of("苏(2020)苏州市不动产权第0001号", "住宅，已抵押")),
                new ReferralResult.ExitBan(ReferralResult.ExitBan.Decision.REGISTERED, "BK-2026-0001", null),
                new ReferralResult.Auction(ReferralResult.Auction.Result.SOLD, Money.of("123456.78"), "王**",
                        LocalDate.parse("2026-11-28"), "JD-PM-0001", null));
    }

    static List<ReferralOutcome> referralOutcomes() {
        List<ReferralOutcome> outcomes = new ArrayList<>();
        for (ReferralResult result : referralResults()) {
            ReferralKind kind = result.answers().iterator().next();
            outcomes.add(new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), CASE, COURT, "AGENCY-1", kind,
                    result.outcome(kind), AT, result.amount(), result, null, null, "req-1", null));
        }
        outcomes.add(new ReferralOutcome(UUID.randomUUID(), null, CASE, COURT, null, ReferralKind.FREEZE,
                OutcomeType.UNROUTABLE, AT, null, null, "no active bank ICBC", null, "req-2", null));
        outcomes.add(new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), CASE, COURT, "POLICE-SZ",
                ReferralKind.CRIMINAL_REFERRAL, OutcomeType.REFERRED_TO_POLICE, AT, null, null, "拒执线索",
                UUID.randomUUID(), null, null));
        UUID referral = UUID.randomUUID();
        DeliveryReceipt receipt = new DeliveryReceipt(referral, CASE, "req-1", "BANK-ICBC", ReferralKind.FREEZE,
                ReceiptStage.ANSWERED, AT, "a".repeat(64), COURT, "b".repeat(64), "eyJhbGciOiJFUzI1NiJ9..c2ln",
                "agency-liaison-service", "eyJhbGciOiJFUzI1NiJ9..c2lnMg");
        outcomes.add(new ReferralOutcome(UUID.randomUUID(), referral, CASE, COURT, "BANK-ICBC", ReferralKind.FREEZE,
                OutcomeType.RECEIPT, AT, null, null, null, null, "req-1", null, receipt));
        return outcomes;
    }

    static ReferralDispatch dispatch() {
        ReferralPayload payload = new ReferralPayload(COMPANY, "6222000011112222", Money.of("1200000.50"), "ICBC",
                "evt-7", null, null, null, "请于三日内扣划", JUDGE, RULING);
        return new ReferralDispatch(UUID.randomUUID(), UUID.randomUUID(), "BANK-ICBC", ReferralKind.DEDUCTION, CASE,
                CASE_NUMBER, COURT, payload, AT.plusSeconds(86_400), AT);
    }

    static List<AgencyResult> agencyResults() {
        UUID referral = UUID.randomUUID();
        return List.of(
                new AgencyResult(UUID.randomUUID(), referral, "BANK-ICBC", AgencyAction.ACKNOWLEDGE, null, null, AT),
                new AgencyResult(UUID.randomUUID(), referral, "BANK-ICBC", AgencyAction.ANSWER,
                        new ReferralResult.Deduction("6222000011112222", Money.of("1000.00"), "TR-1"), null, AT),
                new AgencyResult(UUID.randomUUID(), referral, "BANK-ICBC", AgencyAction.REJECT, null, "账户已销户", null));
    }

    static List<SanctionEvent> sanctionEvents() {
        return List.of(
                new SanctionEvent(UUID.randomUUID(), UUID.randomUUID(), SanctionKind.DISHONEST_LISTING,
                        SanctionChange.IMPOSED, CASE, COURT, PERSON.name(), PERSON.idNumber(),
                        ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, List.of(), DECIDED, null, null,
                        null, AT),
                new SanctionEvent(UUID.randomUUID(), UUID.randomUUID(), SanctionKind.CONSUMPTION_RESTRICTION,
                        SanctionChange.LIFTED, CASE, COURT, COMPANY.name(), COMPANY.idNumber(), null,
                        List.of(RestrictedBehaviour.FLIGHTS, RestrictedBehaviour.HIGH_SPEED_RAIL_PREMIUM_SEATS), DECIDED,
                        null, "履行完毕", null, AT),
                new SanctionEvent(UUID.randomUUID(), null, SanctionKind.DISHONEST_LISTING, SanctionChange.REFUSED, CASE,
                        COURT, PERSON.name(), PERSON.idNumber(), ListingGround.BREACH_OF_PROPERTY_REPORTING, List.of(),
                        DECIDED, null, "period-extension-not-allowed: only violence or threats allow more than 24 months",
                        UUID.randomUUID(), AT));
    }
}
