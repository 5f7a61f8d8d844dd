package cn.lianxi.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.config.RoundEndConfig;
import cn.lianxi.cases.repository.RewardNoticeRepository;
import cn.lianxi.cases.repository.TimelineRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import io.smallrye.mutiny.Uni;

/**
 * Loads the {@link ConclusionContext} of a conclusion: from the case's timeline the restriction orders, inquiries
 * and bank answers 终本 needs; from the {@link FreezeRegister} the freezes in force; the reward notices still
 * published (locked). Must run in the conclusion's transaction.
 */
@ApplicationScoped
public class ConclusionFacts {

    private static final Set<String> KINDS = Set.of(CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED.name(),
            CaseEventKind.ASSET_INQUIRY_REQUESTED.name(), CaseEventKind.OUTCOME_RECORDED.name(),
            CaseEventKind.UNFREEZE_ORDERED.name());

    private final TimelineRepository timeline;
    private final FreezeRegister freezes;
    private final RewardNoticeRepository notices;
    private final RoundEndConfig config;
    private final ObjectMapper mapper;

    public ConclusionFacts(TimelineRepository timeline, FreezeRegister freezes, RewardNoticeRepository notices,
            RoundEndConfig config, ObjectMapper mapper) {
        this.timeline = timeline;
        this.freezes = freezes;
        this.notices = notices;
        this.config = config;
        this.mapper = mapper;
    }

    Uni<ConclusionContext> load(EnforcementCase c, CourtCaseEvent e, LocalDate today, Instant now) {
        ConclusionType type = e instanceof CourtCaseEvent.Conclusion conclusion ? conclusion.concludesAs() : null;
        if (c == null || type == null) {
            return Uni.createFrom().item(ConclusionContext.none(e.eventId(), today, now));
        }
        LocalDate informed = ((CourtCaseEvent.Conclusion) e).applicantInformedOn();
        return timeline.ofKinds(c.id, KINDS).chain(entries -> freezes.inForce(c.id).chain(inForce -> notices
                .publishedOfCaseForUpdate(c.id).map(published -> new ConclusionContext(e.eventId(),
                        unreleased(inForce, unfreezing(entries)), published, required(), facts(c, entries, informed),
                        today, now))));
    }

    private RoundEndPrerequisites.Required required() {
        return new RoundEndPrerequisites.Required(config.minimumSinceFiling(), config.restrictionRequired(),
                config.inquiryRequired(), config.inquiryAnswerRequired(), config.applicantInformedRequired());
    }

    private RoundEndPrerequisites.Facts facts(EnforcementCase c, List<TimelineEntry> entries, LocalDate informed) {
        int restrictions = 0;
        int inquiries = 0;
        int answered = 0;
        for (TimelineEntry t : entries) {
            if (t.kind.equals(CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED.name())) {
                restrictions++;
            } else if (t.kind.equals(CaseEventKind.ASSET_INQUIRY_REQUESTED.name())) {
                inquiries++;
            } else if (t.kind.equals(CaseEventKind.OUTCOME_RECORDED.name())) {
                CaseEventDetail.OutcomeRecorded o = read(t, CaseEventDetail.OutcomeRecorded.class);
                if (o.referralKind() == ReferralKind.BANK_INQUIRY && o.outcome() == OutcomeType.ANSWERED) {
                    answered++;
                }
            }
        }
        return new RoundEndPrerequisites.Facts(c.filedOn, restrictions, inquiries, answered, informed);
    }

    /**
     * The register's freezes in force, less those an unfreeze order already names (its answer is still awaited):
     * each freeze gets one unfreeze order, never two.
     */
    private static List<RegisteredFreeze> unreleased(List<RegisteredFreeze> inForce, Set<String> unfreezing) {
        return inForce.stream().filter(f -> !unfreezing.contains(f.requestId())).toList();
    }

    private Set<String> unfreezing(List<TimelineEntry> entries) {
        Set<String> named = new HashSet<>();
        for (TimelineEntry t : entries) {
            if (t.kind.equals(CaseEventKind.UNFREEZE_ORDERED.name())) {
                String freeze = read(t, CaseEventDetail.UnfreezeOrdered.class).order().freezeRequestId();
                if (freeze != null) {
                    named.add(freeze);
                }
            }
        }
        return named;
    }

    private <T> T read(TimelineEntry t, Class<T> type) {
        try {
            return mapper.readValue(t.detail, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("timeline entry " + t.id + " has an unreadable " + t.kind + " detail", ex);
        }
    }
}
