package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.config.ChinaTime;
import cn.lianxi.credit.mapping.CourtOrderDetail;
import cn.lianxi.credit.rest.ListingRequest;
import cn.lianxi.credit.rest.RestrictionRequest;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Applies one case event inside the consuming transaction: records the case, then the sanction effect of its kind.
 * A court decision this service must refuse under the rules (a minor, an unknown ground…) is audited as refused with
 * the rule; the case is still recorded and the consumer goes on.
 */
@ApplicationScoped
public class CaseEventHandler {

    private final CaseRecords records;
    private final ListingService listings;
    private final RestrictionService restrictions;
    private final SanctionLifting lifting;
    private final GoodFaithService goodFaith;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final Validator validator;

    public CaseEventHandler(CaseRecords records, ListingService listings, RestrictionService restrictions,
            SanctionLifting lifting, GoodFaithService goodFaith, AuditLog audit, ObjectMapper mapper,
            Validator validator) {
        this.records = records;
        this.listings = listings;
        this.restrictions = restrictions;
        this.lifting = lifting;
        this.goodFaith = goodFaith;
        this.audit = audit;
        this.mapper = mapper;
        this.validator = validator;
    }

    public Uni<Void> handle(CaseEvent event) {
        String actor = "court:" + event.courtCode();
        return records.apply(event).chain(c -> switch (event.kind()) {
            case DISHONEST_LISTING_DECIDED -> refusable(event, actor,
                    () -> listings.impose(detail(event, ListingRequest.class), actor).replaceWithVoid());
            case CONSUMPTION_RESTRICTION_ORDERED -> refusable(event, actor,
                    () -> restrictions.impose(detail(event, RestrictionRequest.class), actor).replaceWithVoid());
            case CASE_CONCLUDED -> concluded(c, event, actor);
            default -> Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> concluded(CaseRecord c, CaseEvent event, String actor) {
        LocalDate on = LocalDate.ofInstant(c.lastEventAt, ChinaTime.ZONE);
        Uni<Integer> lifted = LiftReason.forConclusion(c.conclusionType)
                .map(reason -> lifting.liftCase(c.id, reason, on, actor))
                .orElse(Uni.createFrom().item(0));
        return lifted.chain(() -> goodFaith.onConclusion(c, on));
    }

    /** Runs a decision; a rule refusal (thrown before anything is written) is audited instead of failing the event. */
    private Uni<Void> refusable(CaseEvent event, String actor, java.util.function.Supplier<Uni<Void>> decision) {
        Uni<Void> run;
        try {
            run = decision.get();
        } catch (ProblemException e) {
            run = Uni.createFrom().failure(e);
        }
        return run.onFailure(ProblemException.class).recoverWithUni(e -> audit.append(actor,
                event.kind().name().toLowerCase() + "-refused", event.caseId().toString(),
                "event=" + event.eventId() + " rule=" + ((ProblemException) e).toProblem().title()));
    }

    /** The event's {@code detail} as a request record, checked like an HTTP request would be. */
    private <T> T detail(CaseEvent event, Class<T> type) {
        Map<String, Object> fields = CourtOrderDetail.normalise(event.kind(),
                event.detail() == null ? Map.of() : event.detail(), event.caseNumber());
        fields.put("caseId", event.caseId().toString());
        T request;
        try {
            request = mapper.convertValue(fields, type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-decision", "detail", "the decision's detail has a wrong field");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest("malformed-decision", "detail",
                    "the decision's detail misses " + violations.iterator().next().getPropertyPath());
        }
        return request;
    }
}
