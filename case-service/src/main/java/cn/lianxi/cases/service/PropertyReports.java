package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.DeclaredAssetKind;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.PropertyChangeKind;
import cn.lianxi.cases.PropertyReportOrder;
import cn.lianxi.cases.PropertyReportStatus;
import cn.lianxi.cases.config.PropertyReportConfig;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.repository.PropertyReportRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The property declaration (财产报告制度) on a case: the judge's 报告财产令 with its deadline (民事诉讼法 art. 252;
 * 法释〔2017〕8号 arts. 3-4), the respondent's report as court staff record it (arts. 5-6), and the judge's finding of a
 * breach (art. 9). Each step is a published case event (PROPERTY_REPORT_ORDERED, PROPERTY_REPORTED,
 * PROPERTY_REPORT_BREACHED) on the timeline; credit-sanction-service accepts a listing on 法释〔2017〕7号 art. 1(4) only
 * for a respondent with a breach on record. The rules are {@link PropertyReportRules}.
 */
@ApplicationScoped
public class PropertyReports {

    /** One reported asset (art. 5 para. 1): its kind, what it is, and its value (CNY, scale 2). */
    public record Asset(DeclaredAssetKind kind, String description, BigDecimal value) {
    }

    /** One change of property in the year before the notice up to the report (art. 6). */
    public record Change(PropertyChangeKind kind, String description, LocalDate on, BigDecimal value) {
    }

    /** The report (财产报告): the assets and the changes; either may be empty (a report of no property). */
    public record Declaration(List<Asset> assets, List<Change> changes) {
    }

    private final PropertyReportRepository orders;
    private final CaseSteps steps;
    private final PropertyReportConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PropertyReports(PropertyReportRepository orders, CaseSteps steps, PropertyReportConfig config,
            ObjectMapper mapper, Clock clock) {
        this.orders = orders;
        this.steps = steps;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Arts. 3-4: issues the order to the respondent (the only one when {@code idNumber} is null), due by {@code due};
     * a re-send with {@code idempotencyKey} (null: none) answers the order the first one issued.
     */
    public Uni<PropertyReportOrder> order(UUID caseId, String idNumber, Instant due, CaseSteps.Actor actor,
            String idempotencyKey) {
        UUID id = KeyedSteps.idOf("property-report-order", KeyedSteps.scoped(idempotencyKey, actor.name()));
        CaseSteps.Keyed<PropertyReportOrder> keyed = keyed(idempotencyKey,
                "order " + caseId + " " + idNumber + " " + due, id);
        return steps.run(caseId, actor, keyed, c -> {
            CaseTransitions.requireOpen(c, "order a property report");
            CaseParty respondent = Respondents.resolve(c, idNumber);
            Instant now = clock.instant();
            PropertyReportOrder o = newOrder(id, c, respondent, actor.name(), now,
                    PropertyReportRules.due(now, due, config.term().after(now)));
            return orders.persist(o).map(saved -> decided(c, o, "property-report.ordered",
                    "报告财产令 property report ordered, due " + o.due,
                    new CaseEventDetail.PropertyReportOrdered(o.id, CaseMapper.toRef(respondent), o.due,
                            actor.officer())));
        });
    }

    /**
     * Arts. 5-6: records the respondent's report on an open order; a report after the deadline is marked late. A
     * re-send with {@code idempotencyKey} answers the order.
     */
    public Uni<PropertyReportOrder> report(UUID caseId, UUID orderId, Declaration declaration, CaseSteps.Actor actor,
            String idempotencyKey) {
        return steps.run(caseId, actor, keyed(idempotencyKey, "report " + orderId + " " + declaration, orderId),
                c -> order(c, orderId).map(o -> {
            Instant now = clock.instant();
            boolean late = PropertyReportRules.acceptReport(o, now);
            o.declaration = json(declaration);
            o.declaredValue = PropertyReportRules.declaredValue(declaration.assets().stream().map(Asset::value)
                    .toList());
            o.reportedBy = actor.name();
            o.reportedAt = now;
            o.status = PropertyReportStatus.REPORTED;
            return decided(c, o, "property-report.reported", "财产报告 property reported: "
                    + declaration.assets().size() + " assets, " + CaseChange.cny(o.declaredValue) + ", "
                    + declaration.changes().size() + " changes" + (late ? ", after the deadline" : ""),
                    new CaseEventDetail.PropertyReported(o.id, respondentRef(c, o), o.declaredValue,
                            declaration.assets().size(), declaration.changes().size(), late));
        }));
    }

    /**
     * Art. 9: the judge's finding of a breach, the basis of a listing on 法释〔2017〕7号 art. 1(4); a re-send with
     * {@code idempotencyKey} answers the order.
     */
    public Uni<PropertyReportOrder> breach(UUID caseId, UUID orderId, PropertyReportBreach breach, String finding,
            CaseSteps.Actor actor, String idempotencyKey) {
        return steps.run(caseId, actor, keyed(idempotencyKey, "breach " + orderId + " " + breach + " " + finding,
                orderId), c -> order(c, orderId).map(o -> {
            Instant now = clock.instant();
            PropertyReportRules.requireBreach(o, breach, now);
            o.status = PropertyReportStatus.BREACHED;
            o.breach = breach;
            o.breachFinding = finding;
            o.breachFoundBy = actor.name();
            o.breachFoundAt = now;
            return decided(c, o, "property-report.breached", "违反财产报告制度 property report breached: " + breach
                    + " (法释〔2017〕8号 art. 9; basis of 法释〔2017〕7号 art. 1(4))",
                    new CaseEventDetail.PropertyReportBreached(o.id, respondentRef(c, o), breach, finding));
        }));
    }

    /** The case's orders with their reports; another court's case answers 404. */
    public Uni<List<PropertyReportOrder>> ofCase(UUID caseId, String scope) {
        return Panache.withSession(() -> steps.visible(caseId, scope).chain(c -> orders.ofCase(c.id)));
    }

    /** The stored report, read back for the view. */
    public Declaration declaration(PropertyReportOrder o) {
        try {
            return o.declaration == null ? null : mapper.readValue(o.declaration, Declaration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored property report is not readable", e);
        }
    }

    /** A re-sent step on an order answers the order as it is. */
    private CaseSteps.Keyed<PropertyReportOrder> keyed(String idempotencyKey, String canonical, UUID orderId) {
        return new CaseSteps.Keyed<>(idempotencyKey, canonical, () -> orders.findById(orderId));
    }

    private Uni<PropertyReportOrder> order(EnforcementCase c, UUID orderId) {
        return orders.findByIdForUpdate(orderId).map(o -> {
            if (o == null || !o.caseId.equals(c.id)) {
                throw ProblemException.notFound("property report order");
            }
            return o;
        });
    }

    private static CaseSteps.Decided<PropertyReportOrder> decided(EnforcementCase c, PropertyReportOrder o,
            String action, String summary, CaseEventDetail detail) {
        return new CaseSteps.Decided<>(CaseChange.of(c).step(summary, detail), action,
                "order=" + o.id + "; status=" + o.status, o);
    }

    private static PartyRef respondentRef(EnforcementCase c, PropertyReportOrder o) {
        return c.parties.stream().filter(p -> p.id.equals(o.respondentPartyId)).findFirst().map(CaseMapper::toRef)
                .orElseThrow(() -> new IllegalStateException("the order's respondent is not a party of its case"));
    }

    private static PropertyReportOrder newOrder(UUID id, EnforcementCase c, CaseParty respondent, String actor,
            Instant now, Instant due) {
        PropertyReportOrder o = new PropertyReportOrder();
        o.id = id;
        o.caseId = c.id;
        o.courtCode = c.courtCode;
        o.caseNumber = c.caseNumber;
        o.respondentPartyId = respondent.id;
        o.status = PropertyReportStatus.ORDERED;
        o.orderedBy = actor;
        o.orderedAt = now;
        o.due = due;
        return o;
    }

    private String json(Declaration declaration) {
        try {
            return mapper.writeValueAsString(declaration);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a property report is not serialisable", e);
        }
    }
}
