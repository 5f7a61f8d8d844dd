package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.PartyRef;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.AgencyKind;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralKind;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.repository.AgencyRepository;
import cn.lianxi.liaison.repository.ReferralRepository;
import cn.lianxi.liaison.rest.BankInquiryRequest;
import cn.lianxi.liaison.rest.BankInquiryView;
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

    public BankInquiryService(ReferralFactory factory, ReferralRepository referrals, AgencyRepository agencies,
            Json json, Clock clock) {
        this.factory = factory;
        this.referrals = referrals;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
    }

    /** Fans out to every active bank in one transaction; returns the number of referrals created. */
    @WithTransaction
    public Uni<Integer> start(String courtCode, BankInquiryRequest request, UUID inquiryId, String actor) {
        for (int i = 0; i < request.respondents().size(); i++) {
            BankInquiryRequest.Respondent r = request.respondents().get(i);
            ReferralService.checkIdNumber(r.type(), r.idNumber(), "respondents[" + i + "].idNumber");
        }
        List<PartyRef> respondents = request.respondents().stream()
                .map(r -> new PartyRef("RESPONDENT", r.type(), r.name(), r.idNumber().toUpperCase(), false, null))
                .toList();
        return factory.fanOut(request.caseId(), request.caseNumber(), courtCode, respondents, inquiryId, actor);
    }

    /** The consolidated view; {@code courtCode} non-null restricts it to that court's cases. */
    @WithSession
    public Uni<BankInquiryView> view(UUID caseId, String courtCode) {
        return referrals.ofCase(caseId, ReferralKind.BANK_INQUIRY).chain(list -> {
            if (list.isEmpty() || (courtCode != null && !courtCode.equals(list.get(0).courtCode))) {
                throw ProblemException.notFound("bank inquiry");
            }
            return agencies.search(AgencyKind.BANK, null)
                    .map(banks -> consolidate(caseId, list, banks.stream()
                            .collect(Collectors.toMap(a -> a.id, Function.identity()))));
        });
    }

    private BankInquiryView consolidate(UUID caseId, List<Referral> list, Map<String, Agency> banks) {
        Instant now = clock.instant();
        List<BankInquiryView.BankRow> rows = list.stream().map(r -> row(r, banks.get(r.agencyId), now)).toList();
        int answered = count(list, ReferralStatus.ANSWERED);
        int rejected = count(list, ReferralStatus.REJECTED);
        int pending = (int) list.stream().filter(r -> r.status.isOpen()).count();
        int late = (int) rows.stream().filter(BankInquiryView.BankRow::late).count();
        int accounts = rows.stream().mapToInt(b -> b.accounts() == null ? 0 : b.accounts().size()).sum();
        BigDecimal total = rows.stream().map(b -> b.balance() == null ? BigDecimal.ZERO : b.balance())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BankInquiryView(caseId, list.size(), answered, rejected, pending, late, accounts, total, rows);
    }

    @SuppressWarnings("unchecked")
    private BankInquiryView.BankRow row(Referral r, Agency bank, Instant now) {
        Map<String, Object> result = json.toMap(r.result);
        List<Map<String, Object>> accounts = result == null ? null : (List<Map<String, Object>>) result.get("accounts");
        BigDecimal balance = accounts == null ? null : accounts.stream()
                .map(a -> new BigDecimal(String.valueOf(a.get("balance"))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean late = r.isOverdueAt(now) || r.status == ReferralStatus.EXPIRED
                || (r.answeredAt != null && r.answeredAt.isAfter(r.dueAt));
        return new BankInquiryView.BankRow(r.agencyId, bank == null ? null : bank.name, r.id, r.status.name(),
                r.createdAt, r.dueAt, r.answeredAt, late, accounts, balance, r.rejectReason);
    }

    private static int count(List<Referral> list, ReferralStatus status) {
        return (int) list.stream().filter(r -> r.status == status).count();
    }
}
