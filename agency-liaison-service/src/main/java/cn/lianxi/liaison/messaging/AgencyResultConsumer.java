package cn.lianxi.liaison.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.contracts.AgencyResult;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.service.AgencyMessage;
import cn.lianxi.liaison.service.AgencySeals;
import cn.lianxi.liaison.service.AnswerService;
import cn.lianxi.kit.seal.CourtSeals;
import cn.lianxi.liaison.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * Consumes every agency's own results topic ({@code agency.<agency>.results.v1}, by pattern). The broker lets only an
 * agency's own principal write its topic, so a result that names another agency than its topic's is refused
 * (agency-mismatch) before anything else. Kafka-connected agencies acknowledge, answer and reject here, through the same
 * service calls (and checks) as the pull API, so both paths publish the same outcomes; AMEND corrects a standing
 * answer (更正回执) as {@code POST /inbox/{id}/amendments} does. A record that is malformed,
 * breaks a contract rule (an amount with three decimals, …) or a service rule (not the agency's referral, a
 * conflicting answer, …) goes to the dead-letter topic with the reason at once, and the referral stays as it was.
 * An answer, amendment or rejection carries the agency's seal over the record value's exact bytes in the header
 * {@code lianxi-seal}, checked as on the pull API; a refused seal dead-letters it with {@code invalid-seal: <reason>}.
 * Acknowledgements carry no body worth sealing and are not checked.
 */
@ApplicationScoped
public class AgencyResultConsumer {

    static final String CONSUMER = "agency-liaison-service/agency-results";

    /** The Kafka header of the agency's seal (HTTP's {@code Lianxi-Seal}, lower case as Kafka headers go). */
    static final String SEAL_HEADER = AgencySeals.HEADER.toLowerCase(Locale.ROOT);

    /** Fields a refusal may name that are the record's own, not its result's. */
    private static final Set<String> TOP_LEVEL = Set.of("replaces", "reason");

    private final ProcessedEvents processed;
    private final InboxService inbox;
    private final AnswerService answers;
    private final ContractCheck contract;
    private final Json json;

    public AgencyResultConsumer(ProcessedEvents processed, InboxService inbox, AnswerService answers, ContractCheck contract,
            Json json) {
        this.processed = processed;
        this.inbox = inbox;
        this.answers = answers;
        this.contract = contract;
        this.json = json;
    }

    @Incoming("agency-results")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        AgencyResult result = contract.valid(json.read(record.value(), AgencyResult.class));
        String sender = Topics.agencyOfResults(record.topic());
        if (!result.agencyId().equals(sender)) {
            throw new IllegalArgumentException("agencyId names " + result.agencyId() + ", but the record is on "
                    + record.topic() + ", which only " + sender + " may write (agency-mismatch)");
        }
        AgencyMessage message = new AgencyMessage(record.value().getBytes(StandardCharsets.UTF_8), seal(record));
        return processed.once(CONSUMER, result.eventId().toString(), result, () -> apply(result, message))
                .onFailure(ProblemException.class).transform(e -> refusal((ProblemException) e));
    }

    /**
     * The dead letter's reason names the field at fault as a path in the record, the way contract refusals do
     * ({@code result.amountDeducted deducts more than the order's amount}, {@code replaces …}).
     */
    static RuntimeException refusal(ProblemException e) {
        if (e.type() == ProblemType.INVALID_SEAL) {
            return new IllegalArgumentException(CourtSeals.REFUSED + e.getMessage(), e);
        }
        if (e.field() == null) {
            return e;
        }
        String path = TOP_LEVEL.contains(e.field()) ? e.field() : "result." + e.field();
        return new IllegalArgumentException(path + " " + e.getMessage(), e);
    }

    private Uni<?> apply(AgencyResult r, AgencyMessage message) {
        String actor = "kafka:" + r.agencyId();
        return switch (r.action()) {
            case ACKNOWLEDGE -> inbox.acknowledge(r.agencyId(), r.referralId(), actor);
            case ANSWER -> answers.answer(r.agencyId(), r.referralId(), r.result(), message, actor);
            case REJECT -> answers.reject(r.agencyId(), r.referralId(), r.reason(), message, actor);
            case AMEND -> answers.amend(r.agencyId(), r.referralId(), r.replaces(), r.reason(), r.result(), message,
                    actor);
        };
    }

    private static String seal(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(SEAL_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
