package cn.lianxi.liaison.rest;

import jakarta.enterprise.context.RequestScoped;

import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.ReferralMapper;
import cn.lianxi.liaison.mapping.ReferralView;

/**
 * What the caller may see: court staff their court's referrals, an agency its own, overseers (joint-meeting office,
 * auditors, admins) everything with id numbers masked. Another court's referral is reported as not found; another
 * agency's is refused (403) without its content.
 */
@RequestScoped
public class Scope {

    private final Caller caller;
    private final ReferralMapper mapper;

    public Scope(Caller caller, ReferralMapper mapper) {
        this.caller = caller;
        this.mapper = mapper;
    }

    public boolean isCourt() {
        return caller.hasRole(Roles.JUDGE) || caller.hasRole(Roles.COURT_CLERK);
    }

    public boolean isAgency() {
        return caller.hasRole(Roles.BANK) || caller.hasRole(Roles.POLICE) || caller.hasRole(Roles.PROCURATORATE)
                || caller.hasRole(Roles.AGENCY);
    }

    /** The court the caller is bound to, or null for overseers. */
    public String court() {
        return isCourt() ? caller.requireCourt() : null;
    }

    /** The agency the caller is bound to, or null for court staff and overseers. */
    public String agency() {
        return isAgency() && !isCourt() ? caller.requireAgency() : null;
    }

    public Referral visible(Referral r) {
        String court = court();
        String agency = agency();
        if (!r.visibleTo(court)) {
            throw ProblemException.notFound("referral");
        }
        if (agency != null && !agency.equals(r.agencyId)) {
            throw ProblemException.forbidden("this referral belongs to another agency");
        }
        return r;
    }

    /** Full view for the court that asked and the agency that acts; masked for overseers. */
    public ReferralView view(Referral r) {
        return court() != null || agency() != null ? mapper.toView(r) : mapper.toMaskedView(r);
    }
}
