package cn.lianxi.liaison.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.ReferralKind;
import cn.lianxi.liaison.repository.AgencyRepository;
import io.smallrye.mutiny.Uni;

/**
 * Turns case events into referrals: a filed case or an asset inquiry fans out to every bank (总对总); a freeze,
 * unfreeze or deduction order goes to the bank named in the event; a refusal report starts a 拒执罪 referral to the
 * police of the court's jurisdiction. Runs inside the idempotent consumer's transaction.
 */
@ApplicationScoped
public class CaseEventRouter {

    static final String ACTOR = "agency-liaison-service";
    /** Published when no agency can take an ordered measure, so the court sees it on the case timeline. */
    static final String UNROUTABLE = "UNROUTABLE";

    private final ReferralFactory factory;
    private final CriminalWorkflow criminal;
    private final AgencyRepository agencies;
    private final ReferralEvents events;
    private final AuditLog audit;

    public CaseEventRouter(ReferralFactory factory, CriminalWorkflow criminal, AgencyRepository agencies,
            ReferralEvents events, AuditLog audit) {
        this.factory = factory;
        this.criminal = criminal;
        this.agencies = agencies;
        this.events = events;
        this.audit = audit;
    }

    public Uni<Void> route(CaseEvent e) {
        return switch (e.kind()) {
            case CASE_FILED, ASSET_INQUIRY_REQUESTED -> factory.fanOut(e.caseId(), e.caseNumber(), e.courtCode(),
                    respondentsAsked(e), e.eventId(), ACTOR).replaceWithVoid();
            case FREEZE_ORDERED -> bankMeasure(e, ReferralKind.FREEZE);
            case UNFREEZE_ORDERED -> bankMeasure(e, ReferralKind.UNFREEZE);
            case DEDUCTION_ORDERED -> bankMeasure(e, ReferralKind.DEDUCTION);
            case REFUSAL_REPORTED -> criminal.startFromEvent(e);
            default -> Uni.createFrom().voidItem();
        };
    }

    /**
     * An asset inquiry may name one respondent (detail.idNumber, or detail.respondentIdNumber as case-service
     * publishes it); otherwise every respondent is searched.
     */
    private static List<PartyRef> respondentsAsked(CaseEvent e) {
        List<PartyRef> all = e.respondents() == null ? List.of() : e.respondents();
        Object only = detail(e).getOrDefault("idNumber", detail(e).get("respondentIdNumber"));
        return only == null ? all : all.stream().filter(p -> only.toString().equalsIgnoreCase(p.idNumber())).toList();
    }

    private Uni<Void> bankMeasure(CaseEvent e, ReferralKind kind) {
        return bankNamedIn(e).chain(bank -> {
            if (bank == null) {
                return unroutable(e, kind, "no active bank matches the order's bankCode or agencyId");
            }
            return factory.create(new NewReferral(e.caseId(), e.caseNumber(), e.courtCode(), bank.id, kind,
                    measurePayload(e), e.eventId(), ACTOR, null)).replaceWithVoid();
        });
    }

    private Uni<Agency> bankNamedIn(CaseEvent e) {
        Object agencyId = detail(e).get("agencyId");
        if (agencyId != null) {
            return agencies.findById(agencyId.toString())
                    .map(a -> a != null && a.status == cn.lianxi.liaison.AgencyStatus.ACTIVE
                            && a.kind == cn.lianxi.liaison.AgencyKind.BANK ? a : null);
        }
        Object bankCode = detail(e).get("bankCode");
        return bankCode == null ? Uni.createFrom().nullItem() : agencies.activeBankByCode(bankCode.toString());
    }

    /** The respondent (the one named in the detail, else the first) plus the order's own fields. */
    static Map<String, Object> measurePayload(CaseEvent e) {
        Map<String, Object> payload = new HashMap<>(detail(e));
        List<PartyRef> respondents = respondentsAsked(e);
        if (respondents.isEmpty() && e.respondents() != null) {
            respondents = e.respondents();
        }
        if (!respondents.isEmpty()) {
            PartyRef p = respondents.get(0);
            payload.put("respondentName", p.name());
            payload.put("respondentIdNumber", p.idNumber());
            payload.put("respondentType", p.type());
        }
        return payload;
    }

    Uni<Void> unroutable(CaseEvent e, ReferralKind kind, String why) {
        return audit.append(ACTOR, "referral-unroutable", e.caseId().toString(), "kind=" + kind + " event=" + e.eventId())
                .chain(() -> events.caseOutcome(e.caseId(), e.courtCode(), null, kind.name(), UNROUTABLE,
                        Map.of("reason", why)))
                .replaceWithVoid();
    }

    static Map<String, Object> detail(CaseEvent e) {
        return e.detail() == null ? Map.of() : e.detail();
    }
}
