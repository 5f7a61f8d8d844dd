package cn.lianxi.liaison.messaging;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.contracts.AgencyResult;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.service.AnswerService;
import cn.lianxi.liaison.service.InboxService;
import cn.lianxi.liaison.service.ReferralResult;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code agency.results.v1}: Kafka-connected agencies acknowledge, answer and reject here, through the same
 * service calls (and checks) as the pull API, so both paths publish the same outcomes. A record that is malformed or
 * breaks a rule (not the agency's referral, a conflicting answer, …) goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class AgencyResultConsumer {

    static final String CONSUMER = "agency-liaison-service/agency-results";

    private final ProcessedEvents processed;
    private final InboxService inbox;
    private final AnswerService answers;
    private final Json json;

    public AgencyResultConsumer(ProcessedEvents processed, InboxService inbox, AnswerService answers, Json json) {
        this.processed = processed;
        this.inbox = inbox;
        this.answers = answers;
        this.json = json;
    }

    @Incoming("agency-results")
    public Uni<Void> consume(String record) {
        AgencyResult result = json.read(record, AgencyResult.class);
        if (result.eventId() == null || result.referralId() == null || result.agencyId() == null
                || result.action() == null) {
            throw new IllegalArgumentException("agency result without eventId, referralId, agencyId or action");
        }
        return processed.once(CONSUMER, result.eventId().toString(), () -> apply(result)).replaceWithVoid();
    }

    private Uni<?> apply(AgencyResult r) {
        String actor = "kafka:" + r.agencyId();
        return switch (r.action().toUpperCase(Locale.ROOT)) {
            case "ACKNOWLEDGE" -> inbox.acknowledge(r.agencyId(), r.referralId(), actor);
            case "ANSWER" -> answers.answer(r.agencyId(), r.referralId(), typed(r), actor);
            case "REJECT" -> answers.reject(r.agencyId(), r.referralId(), r.reason(), actor);
            default -> throw new IllegalArgumentException("unknown action " + r.action());
        };
    }

    private ReferralResult typed(AgencyResult r) {
        if (r.result() == null) {
            throw new IllegalArgumentException("an ANSWER needs a result");
        }
        return json.convert(r.result(), ReferralResult.class);
    }
}
