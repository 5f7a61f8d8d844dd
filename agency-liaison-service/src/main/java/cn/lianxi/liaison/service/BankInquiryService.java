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

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
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
    public Uni<Integer> start(String courtCode, UUID caseId, String caseNumber, List<PartyRef> respondents,
            UUID inquiryId, String actor) {
        for (int i = 0; i < respondents.size(); i++) {
            PartyRef r = respondents.get(i);
            ReferralService.checkIdNumber(r.type(), r.idNumber(), "respondents[" + i + "].idNumber");
        }
        return factory.fanOut(caseId, caseNumber, courtCode, respondents.stream().map(ReferralPayload::about).toList(),
                inquiryId, actor);
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
        BigDecimal total = Money.cny(rows.stream().map(b -> b.balance() == null ? BigDecimal.ZERO : b.balance())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new BankInquiryView(caseId, list.size(), answered, rejected, pending, late, accounts, total, rows);
    }

    private BankInquiryView.BankRow row(Referral r, Agency bank, Instant now) {
        // only a BANK_INQUIRY answer answers a BANK_INQUIRY referral
        var result = (ReferralResult.BankInquiry) json.stored(r.result, ReferralResult.class);
        List<ReferralResult.Account> accounts = result == null ? null : result.accounts();
        BigDecimal balance = result == null ? null : result.totalBalance();
        boolean late = r.isOverdueAt(now) || r.status == ReferralStatus.EXPIRED
                || (r.answeredAt != null && r.answeredAt.isAfter(r.dueAt));
        return new BankInquiryView.BankRow(r.agencyId, bank == null ? null : bank.name, r.id, r.status.name(),
                r.createdAt, r.dueAt, r.answeredAt, late, accounts, balance, r.rejectReason);
    }

    private static int count(List<Referral> list, ReferralStatus status) {
        return (int) list.stream().filter(r -> r.status == status).count();
    }
}
