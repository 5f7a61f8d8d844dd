package cn.lianxi.systemtests;

import cn.lianxi.contracts.Topics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The launcher's tools as a court integrator uses them (deploy/local/README.md): {@code kafka-produce} sends a court
 * event with its {@code court|caseNumber} key onto the court's own topic {@code court.C320508.case-events.v1} and
 * case-service applies it;
 * {@code kafka-consume} shows the record with its key; {@code status} shows the settings the last {@code up} was
 * given (the system tests' short deadlines), which the next {@code up} applies again.
 */
@ExtendWith(PlatformExtension.class)
class LauncherToolsIT {

    static final String COURT = "C320508";
    static final String TOPIC = Topics.courtCaseEvents(COURT);

    @Test
    void aCourtEventSentWithKafkaProduceIsAppliedAndKafkaConsumeShowsIt(Platform platform)
            throws JsonProcessingException {
        String number = TestData.caseNumber();
        String key = COURT + "|" + number;
        Map<String, Object> event = Workload.filing(number, COURT, TestData.personId(), "judge-gs");
        String line = key + "\t" + Api.JSON.writeValueAsString(event) + "\n";

        assertEquals(0, Platform.output(platform.root(), platform.home(), 120, line, "kafka-produce",
                TOPIC).exit(), "kafka-produce sent the record");

        Desk clerk = Desk.as(new Keycloak(platform), "clerk-gs");
        Map<String, Object> state = await().atMost(Desk.ASYNC).until(() -> clerk.request()
                .get("/api/court-events/" + event.get("eventId")).then().extract().response(),
                r -> r.statusCode() == 200).as(Map.class);
        assertEquals("APPLIED", state.get("state"), "case-service applied the event: " + state);

        // it ends when no record came for 10 s (the console consumer's time-out, reported on standard error)
        String consumed = Platform.output(platform.root(), platform.home(), 120, "", "kafka-consume",
                TOPIC, "--timeout-ms", "10000").text();
        assertTrue(consumed.lines().anyMatch(l -> l.contains("\t" + key + "\t") && l.contains(number)),
                "kafka-consume prints the record with its key");
    }

    @Test
    void statusShowsTheSettingsOfTheLastUp(Platform platform) {
        Platform.Output out = Platform.output(platform.root(), platform.home(), 60, "", "status");
        assertEquals(0, out.exit(), "status");
        String status = out.text();
        Platform.SHORT_DEADLINES.forEach((name, value) -> assertTrue(status.contains(name + "=" + value),
                "status shows " + name + "=" + value + ":\n" + status));
    }
}
