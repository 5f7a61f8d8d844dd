package cn.lianxi.systemtests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.systemtests.campaign.FinalState.DeadLetter;

/**
 * Dead letters are matched to the history by event id: a service's record carries it as {@code ce_id}, a court's
 * raw event in its JSON, bad input often nowhere (then the checker matches by key).
 */
class DeadLetterIT {

    @Test
    void theEventIdComesFromTheCloudEventsHeaderOrTheCourtsOwnJsonOrNowhere() {
        ConsumerRecord<String, String> service = record("enforcement.cases.dlq.credit-sanction-service.v1", "case-1",
                "{\"eventId\":\"not-this\"}");
        service.headers().add("ce_id", bytes("ce-7"));
        ConsumerRecord<String, String> court = record("court.case-events.dlq.v1", "C320508|(2026)苏0508执2号",
                "{\"eventId\":\"E-B9\",\"kind\":\"NO_SUCH_KIND\"}");
        ConsumerRecord<String, String> garbage = record("court.case-events.dlq.v1", "C320508|x", "{not json");

        assertEquals(new DeadLetter("enforcement.cases.dlq.credit-sanction-service.v1", "case-1", "ce-7",
                "bad-event: unknown kind"), DeadLetter.of(service));
        assertEquals("E-B9", DeadLetter.of(court).eventId());
        assertEquals(new DeadLetter("court.case-events.dlq.v1", "C320508|x", null, "bad-event: unknown kind"),
                DeadLetter.of(garbage));
    }

    private static ConsumerRecord<String, String> record(String topic, String key, String value) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>(topic, 0, 0L, key, value);
        r.headers().add("dead-letter-reason", bytes("bad-event: unknown kind"));
        return r;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
