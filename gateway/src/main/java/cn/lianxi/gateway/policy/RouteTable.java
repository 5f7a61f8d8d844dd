package cn.lianxi.gateway.policy;

import static cn.lianxi.gateway.policy.Roles.ADMIN;
import static cn.lianxi.gateway.policy.Roles.AGENCIES;
import static cn.lianxi.gateway.policy.Roles.AUDITOR;
import static cn.lianxi.gateway.policy.Roles.COURT;
import static cn.lianxi.gateway.policy.Roles.COURT_SYSTEM;
import static cn.lianxi.gateway.policy.Roles.CREDIT_OFFICER;
import static cn.lianxi.gateway.policy.Roles.JM_OFFICE;
import static cn.lianxi.gateway.policy.Roles.OVERSIGHT;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The edge policy (访问策略) in one place: who may call which route. The first matching rule wins; a path that no
 * rule matches is refused. The gateway only gates roles — which court's cases or which agency's queue a caller
 * sees is decided by the owning service from the forwarded token. Keep this table and gateway/README.md in step.
 */
public final class RouteTable {

    private static final Set<String> READ = Set.of("GET", "HEAD");
    private static final Set<String> ANY = Set.of();

    static final List<RouteRule> RULES = List.of(
            anonymous("/api/public/**"),
            anonymous("/api/case-progress/**"),
            anonymous("/api/seals/**"),
            rule("/api/admin/overview/**", READ, OVERSIGHT),
            rule("/api/admin/**", ANY, Set.of(ADMIN)),
            rule("/api/bulletins/**", READ, OVERSIGHT),
            rule("/api/audit/**", READ, Set.of(AUDITOR, ADMIN)),
            rule("/api/cases/stats", READ, OVERSIGHT),
            rule("/api/liaison-stats/**", READ, OVERSIGHT),
            rule("/api/credit-stats/**", READ, OVERSIGHT),
            rule("/api/cases/**", READ, union(COURT, OVERSIGHT)),
            rule("/api/cases/**", ANY, union(COURT, Set.of(ADMIN))),
            rule("/api/courts/**", READ, allStaff()),
            rule("/api/court-requests/**", READ, union(COURT, OVERSIGHT)),
            rule("/api/court-requests/**", ANY, COURT),
            rule("/api/petitions/**", READ, union(COURT, OVERSIGHT)),
            rule("/api/petitions/**", ANY, union(COURT, Set.of(ADMIN))),
            rule("/api/approvals/**", READ, union(COURT, OVERSIGHT)),
            rule("/api/approvals/**", ANY, COURT),
            rule("/api/court-events/**", ANY, union(COURT, Set.of(COURT_SYSTEM, ADMIN))),
            rule("/api/inbox/**", ANY, AGENCIES),
            rule("/api/referrals/**", READ, union(COURT, AGENCIES, OVERSIGHT)),
            rule("/api/referrals/**", ANY, union(COURT, AGENCIES, Set.of(JM_OFFICE, ADMIN))),
            rule("/api/bank-inquiries/**", READ, union(COURT, Set.of(Roles.BANK), OVERSIGHT)),
            rule("/api/bank-inquiries/**", ANY, union(COURT, Set.of(Roles.BANK, ADMIN))),
            rule("/api/criminal-referrals/**", READ,
                    union(COURT, Set.of(Roles.POLICE, Roles.PROCURATORATE), OVERSIGHT)),
            rule("/api/criminal-referrals/**", ANY,
                    union(COURT, Set.of(Roles.POLICE, Roles.PROCURATORATE, JM_OFFICE, ADMIN))),
            rule("/api/agencies/**", READ, allStaff()),
            rule("/api/agencies/**", ANY, Set.of(JM_OFFICE, ADMIN)),
            rule("/api/joint-meeting/**", READ, allStaff()),
            rule("/api/joint-meeting/**", ANY, union(COURT, AGENCIES, Set.of(CREDIT_OFFICER, JM_OFFICE, ADMIN))),
            rule("/api/listings/**", READ, union(COURT, AGENCIES, Set.of(CREDIT_OFFICER), OVERSIGHT)),
            rule("/api/restrictions/**", READ, union(COURT, AGENCIES, Set.of(CREDIT_OFFICER), OVERSIGHT)),
            rule("/api/sanctions/**", READ, union(COURT, AGENCIES, Set.of(CREDIT_OFFICER), OVERSIGHT)),
            rule("/api/credit-repairs/**", READ, union(COURT, Set.of(CREDIT_OFFICER), OVERSIGHT)),
            rule("/api/good-faith/**", READ, union(COURT, Set.of(CREDIT_OFFICER), OVERSIGHT)),
            rule("/api/lifting-approvals/**", READ, union(Set.of(CREDIT_OFFICER), OVERSIGHT)),
            rule("/api/listings/**", ANY, union(COURT, Set.of(CREDIT_OFFICER, ADMIN))),
            rule("/api/restrictions/**", ANY, union(COURT, Set.of(CREDIT_OFFICER, ADMIN))),
            rule("/api/sanctions/**", ANY, union(COURT, Set.of(CREDIT_OFFICER, ADMIN))),
            rule("/api/credit-repairs/**", ANY, union(COURT, Set.of(CREDIT_OFFICER, ADMIN))),
            rule("/api/lifting-approvals/**", ANY, Set.of(CREDIT_OFFICER)),
            rule("/api/good-faith/**", ANY, Set.of(CREDIT_OFFICER, JM_OFFICE, ADMIN)));

    private RouteTable() {
    }

    /** The rule governing this call, or empty when no rule covers it (the gateway then refuses it). */
    public static Optional<RouteRule> ruleFor(String method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    public static List<RouteRule> rules() {
        return RULES;
    }

    private static RouteRule rule(String pattern, Set<String> methods, Set<String> roles) {
        return new RouteRule(pattern, methods, roles, false, false);
    }

    /** Anonymous routes are always rate-limited per client address. */
    private static RouteRule anonymous(String pattern) {
        return new RouteRule(pattern, ANY, Set.of(), true, true);
    }

    private static Set<String> allStaff() {
        return union(COURT, AGENCIES, Set.of(CREDIT_OFFICER), OVERSIGHT);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... groups) {
        Set<String> all = new HashSet<>();
        for (Set<String> g : groups) {
            all.addAll(g);
        }
        return Set.copyOf(all);
    }
}
