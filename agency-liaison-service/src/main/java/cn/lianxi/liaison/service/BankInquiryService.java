package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.audit.AnchorGate;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Agency;
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.liaison.Referral;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.mapping.BankInquiryView;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.repository.AgencyRepository;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The nationwide bank inquiry (总对总): staff-started fan-out and the consolidated per-case view. */
@ApplicationScoped
public class BankInquiryService {

    private final ReferralFactory factory;
    private final ReferralRepository referrals;
    private final AgencyRepository agencies;
    private final Json json;
    private final Clock clock;
    private final AnchorGate anchors;

    public BankInquiryService(ReferralFactory factory, ReferralRepository referrals, AgencyRepository agencies,
            Json json, Clock clock, AnchorGate anchors) {
        this.factory = factory;
        this.referrals = referrals;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
        this.anchors = anchors;
    }

    /**
     * Fans out to every active bank in one transaction, each referral naming {@code orderedBy} and
     * {@code legalBasis}; returns the number of referrals created.
     */
    @WithTransaction
    public Uni<Integer> start(String courtCode, UUID caseId, String caseNumber, List<PartyRef> respondents,
            Officer orderedBy, LegalBasis legalBasis, UUID inquiryId, String actor) {
        for (int i = 0; i < respondents.size(); i++) {
            PartyRef r = respondents.get(i);
            ReferralService.checkIdNumber(r.type(), r.idNumber(), "respondents[" + i + "].idNumber");
        }
        // a new cross-agency message waits until the audit log is anchored (503 audit-unanchored otherwise)
        return anchors.ensureAnchored().chain(() -> factory.fanOut(caseId, caseNumber, courtCode, respondents.stream()
                .map(r -> ReferralPayload.about(r, orderedBy, legalBasis)).toList(), inquiryId, actor, null));
    }

    /** The consolidated view; {@code courtCode} non-null restricts it to that court's cases. */
    @WithSession
    public Uni<BankInquiryView> view(UUID caseId, String courtCode) {
        return referrals.ofCase(caseId, ReferralKind.BANK_INQUIRY).chain(list -> {
            if (list.isEmpty() || !list.get(0).visibleTo(courtCode)) {
                throw ProblemException.notFound("bank inquiry");
            }
            return agencies.search(AgencyKind.BANK, null)
                    .map(banks -> consolidate(caseId, list, banks.stream()
                            .collect(Collectors.toMap(a -> a.id, Function.identity()))));
        });
    }

    /**
     * One row per bank asked, however many inquiries asked it: the row shows the bank's latest referral, and the
     * accounts it holds for the case are those of its latest answer about each respondent, each account once. So two
     * nationwide inquiries answered by the same banks count each bank once and each account once (its latest
     * balance), not once per inquiry.
     */
    private BankInquiryView consolidate(UUID caseId, List<Referral> list, Map<String, Agency> banks) {
        Instant now = clock.instant();
        Map<String, List<Referral>> byBank = list.stream()
                .collect(Collectors.groupingBy(r -> r.agencyId, LinkedHashMap::new, Collectors.toList()));
        List<BankInquiryView.BankRow> rows = byBank.entrySet().stream()
                .map(e -> row(e.getValue(), banks.get(e.getKey()), now)).toList();
        int answered = countRows(rows, ReferralStatus.ANSWERED);
        int rejected = countRows(rows, ReferralStatus.REJECTED);
        int pending = (int) rows.stream().filter(b -> ReferralStatus.valueOf(b.status()).isOpen()).count();
        int late = (int) rows.stream().filter(BankInquiryView.BankRow::late).count();
        int accounts = rows.stream().mapToInt(b -> b.accounts() == null ? 0 : b.accounts().size()).sum();
        BigDecimal total = Money.cny(rows.stream().map(b -> b.balance() == null ? BigDecimal.ZERO : b.balance())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new BankInquiryView(caseId, rows.size(), answered, rejected, pending, late, accounts, total, rows);
    }

    /** A bank's row: its latest referral's state, and its accounts as its latest answers tell them. */
    private BankInquiryView.BankRow row(List<Referral> ofBank, Agency bank, Instant now) {
        Referral latest = ofBank.stream().max(Comparator.comparing((Referral r) -> r.createdAt)
                .thenComparing(r -> r.answeredAt, Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
        List<ReferralResult.Account> accounts = accountsOf(ofBank);
        BigDecimal balance = accounts == null ? null : Money.cny(accounts.stream().map(ReferralResult.Account::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        boolean late = latest.isOverdueAt(now) || latest.status == ReferralStatus.EXPIRED
                || (latest.answeredAt != null && latest.answeredAt.isAfter(latest.dueAt));
        return new BankInquiryView.BankRow(latest.agencyId, bank == null ? null : bank.name, latest.id,
                latest.status.name(), latest.createdAt, latest.dueAt, latest.answeredAt, late, accounts, balance,
                latest.rejectReason);
    }

    /**
     * The bank's accounts for the case: for each respondent asked about, its latest answer's accounts (a later
     * answer supersedes an earlier one: balances change, accounts close); each account number once. Null when the
     * bank never answered.
     */
    private List<ReferralResult.Account> accountsOf(List<Referral> ofBank) {
        Map<String, Referral> latestAnswer = new LinkedHashMap<>();
        ofBank.stream().filter(r -> r.status == ReferralStatus.ANSWERED && r.result != null)
                .sorted(Comparator.comparing((Referral r) -> r.answeredAt))
                .forEach(r -> latestAnswer.put(json.stored(r.payload, ReferralPayload.class).respondent().idNumber(),
                        r));
        if (latestAnswer.isEmpty()) {
            return null;
        }
        Map<String, ReferralResult.Account> accounts = new LinkedHashMap<>();
        latestAnswer.values().stream().sorted(Comparator.comparing((Referral r) -> r.answeredAt))
                // only a BANK_INQUIRY answer answers a BANK_INQUIRY referral
                .flatMap(r -> ((ReferralResult.BankInquiry) json.stored(r.result, ReferralResult.class)).accounts()
                        .stream())
                .forEach(a -> accounts.put(a.accountNumber(), a));
        return List.copyOf(accounts.values());
    }

    private static int countRows(List<BankInquiryView.BankRow> rows, ReferralStatus status) {
        return (int) rows.stream().filter(b -> b.status().equals(status.name())).count();
    }
}
