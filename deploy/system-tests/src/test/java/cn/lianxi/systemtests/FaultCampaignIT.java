package cn.lianxi.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.lianxi.systemtests.campaign.Operation;

/**
 * The fault campaign (issue 21) against its own platform on three brokers: by default the short one of {@code
 * ./mvnw verify} (30 faults from seed 20261204, a few minutes), which must end with no anomaly at all; the long one
 * is the same test with more faults (README: {@code -Dlianxi.campaign.faults=1000}). It runs in a failsafe
 * execution of its own after the other system tests, whose platform is down by then (pom.xml). The figures go to
 * standard output and to {@code target/campaign/report.txt}.
 */
class FaultCampaignIT {

    @Test
    void theHistoryOfEveryClientHoldsUpAgainstTheFinalStateThroughRandomFaults() throws Exception {
        FaultCampaign.Settings settings = FaultCampaign.Settings.fromProperties(30);
        FaultCampaign.Result result = FaultCampaign.run(settings);
        String report = FaultCampaign.report(result);
        Files.writeString(settings.dir().resolve("report.txt"), report);
        System.out.println("[campaign] " + report.replace("\n", "\n[campaign] "));

        assertEquals(settings.faults(), result.history().faults().size(), "every fault injected, healed and recorded");
        assertEquals(List.of(), result.nemesisErrors(), "every fault could be injected and healed");
        assertEquals(List.of(), result.supervisorRestarts(), "every service recovered by itself (no liveness restart)");
        assertNull(result.endLag(), "every consumer group read everything once the platform settled");
        Set<String> acknowledgedKinds = result.history().operations().stream().filter(Operation::acknowledged)
                .map(Operation::kind).collect(Collectors.toSet());
        assertTrue(acknowledgedKinds.containsAll(Set.of("COURT_EVENT_HTTP", "COURT_EVENT_KAFKA", "PAYMENT", "LISTING",
                "BANK_CLAIM", "BANK_ANSWER", "POLICE_INBOX", "PROCURATORATE_INBOX", "CREDIT_READ", "PUBLIC_QUERY")),
                "every kind of client got through: " + acknowledgedKinds);
        assertTrue(result.history().operations().stream().anyMatch(o -> o.badInputSent() && !o.acknowledged()),
                "bad input was sent and refused");
        assertEquals(List.of(), result.anomalies(), "the checker found anomalies");
    }
}
