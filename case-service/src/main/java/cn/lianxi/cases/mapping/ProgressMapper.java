package cn.lianxi.cases.mapping;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.cases.rest.PartyProgressView;
import cn.lianxi.cases.service.PartyProgress;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.NameMasks;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyType;

/**
 * Maps a case to the progress its party reads (执行公开). The amount and the party of each entry come from the
 * entry's typed detail; nothing else of the detail is shown, so accounts, officers, documents and evidence stay
 * with the court. A 拒执 lead is left out entirely: it goes to the police, and telling the respondent would warn
 * the person it is about before they act.
 */
@ApplicationScoped
public class ProgressMapper {

    /**
     * Timeline kinds a party does not see: the 拒执 lead, and the delivery receipts, which are the court's evidence
     * and would tell of a lead's delivery to the police too.
     */
    static final Set<String> WITHHELD = Set.of(CaseEventKind.REFUSAL_REPORTED.name(), TimelineNote.RECEIPT.name());

    /** The detail record of each published kind, as {@link CaseEventDetail}'s {@code @JsonSubTypes} pairs them. */
    private static final Map<String, Class<?>> DETAILS = Arrays.stream(
            CaseEventDetail.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::name, JsonSubTypes.Type::value));

    private final ObjectMapper json;

    public ProgressMapper(ObjectMapper json) {
        this.json = json;
    }

    public PartyProgressView toView(PartyProgress.Found found) {
        EnforcementCase c = found.enforcementCase();
        CaseParty you = found.party();
        return new PartyProgressView(c.courtCode, Labels.courtName(c.courtCode), c.caseNumber, c.filedOn,
                c.status.name(), c.conclusionType == null ? null : c.conclusionType.name(),
                Money.cny(c.amountOwed), Money.cny(c.amountRecovered),
                c.parties.stream().map(p -> party(CaseMapper.toRef(p), you)).toList(),
                found.timeline().stream().filter(t -> !WITHHELD.contains(t.kind)).map(t -> entry(t, you)).toList());
    }

    /**
     * A party as {@code you} may see it: its own name, everyone else's masked; every ID number masked, for the
     * answer may be read over a shoulder or cached by a browser.
     */
    static PartyProgressView.Party party(PartyRef p, CaseParty you) {
        boolean self = Objects.equals(p.idNumber(), you.idNumber);
        String representative = p.legalRepresentative() == null ? null
                : self ? p.legalRepresentative() : NameMasks.mask(PartyType.PERSON, p.legalRepresentative());
        return new PartyProgressView.Party(p.role().name(), p.type().name(),
                self ? p.name() : NameMasks.mask(p.type(), p.name()), IdentityNumbers.mask(p.idNumber()),
                representative, self);
    }

    private PartyProgressView.Entry entry(TimelineEntry t, CaseParty you) {
        CaseEventDetail detail = detail(t);
        PartyRef concerned = concerned(detail);
        return new PartyProgressView.Entry(t.at, t.kind, t.summary, amount(detail),
                concerned == null ? null : party(concerned, you));
    }

    /** The entry's published detail; null for a note, which carries no party. */
    private CaseEventDetail detail(TimelineEntry t) {
        Class<?> type = DETAILS.get(t.kind);
        if (type == null || t.detail == null) {
            return null;
        }
        try {
            return (CaseEventDetail) json.readValue(t.detail, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline entry " + t.id + " has an unreadable " + t.kind + " detail", e);
        }
    }

    /** The amount an entry names: ordered, paid, or reported by the agency (frozen, deducted). */
    static BigDecimal amount(CaseEventDetail d) {
        BigDecimal amount = null;
        if (d instanceof CaseEventDetail.MeasureOrdered m) {
            amount = m.order().amount();
        } else if (d instanceof CaseEventDetail.PaymentReceived p) {
            amount = p.amount();
        } else if (d instanceof CaseEventDetail.OutcomeRecorded o) {
            amount = o.amount();
        }
        return amount == null ? null : Money.cny(amount);
    }

    /** The party an entry is about: the respondent of a measure or sanction, the party added or corrected. */
    static PartyRef concerned(CaseEventDetail d) {
        if (d instanceof CaseEventDetail.MeasureOrdered m) {
            return m.order().respondent();
        }
        if (d instanceof CaseEventDetail.AssetInquiryRequested a) {
            return a.respondent();
        }
        if (d instanceof CaseEventDetail.PartyChanged p) {
            return p.party();
        }
        if (d instanceof CaseEventDetail.DishonestListingDecided l) {
            return l.respondent();
        }
        if (d instanceof CaseEventDetail.ConsumptionRestrictionOrdered r) {
            return r.respondent();
        }
        return null;
    }
}
