package cn.lianxi.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The check refuses each kind of fault the services once served, and passes what OpenMetrics allows. */
class OpenMetricsCheckTest {

    private static final String SUMMARY = """
            # TYPE http_server_requests_seconds summary
            # HELP http_server_requests_seconds HTTP server requests
            http_server_requests_seconds_count{method="GET",uri="/cases"} 2.0%s
            http_server_requests_seconds_sum{method="GET",uri="/cases"} 0.25
            """;
    private static final String OWN = """
            # TYPE lianxi_outbox_published counter
            # HELP lianxi_outbox_published %s
            lianxi_outbox_published_total 3.0 # {trace_id="4bf92f3577b34da6a3ce929d0e0e4736"} 1.0 1700000000.000
            """;
    private static final String EXEMPLAR = " # {span_id=\"00f067aa0ba902b7\",trace_id=\"4bf92f3577b34da6a3ce929d0e0e4736\"} 1.0 1700000000.000";

    @Test
    void aValidExpositionPassesWithItsFamilies() {
        List<String> families = OpenMetricsCheck.assertValid(SUMMARY.formatted("") + OWN.formatted("Events published")
                + "# EOF\n");
        assertEquals(List.of("http_server_requests_seconds", "lianxi_outbox_published"), families);
    }

    @Test
    void anExemplarOnASummaryCountIsRefused() {
        AssertionError refused = assertThrows(AssertionError.class, () -> OpenMetricsCheck.assertValid(
                SUMMARY.formatted(EXEMPLAR) + OWN.formatted("Events published") + "# EOF\n"));
        assertTrue(refused.getMessage().contains("exemplars"), refused.getMessage());
    }

    @Test
    void anOwnMetricWithoutHelpIsRefused() {
        AssertionError refused = assertThrows(AssertionError.class, () -> OpenMetricsCheck.assertValid(
                SUMMARY.formatted("") + OWN.formatted("") + "# EOF\n"));
        assertTrue(refused.getMessage().contains("without HELP: lianxi_outbox_published"), refused.getMessage());
    }

    @Test
    void anExpositionWithoutEofIsRefused() {
        AssertionError refused = assertThrows(AssertionError.class,
                () -> OpenMetricsCheck.assertValid(SUMMARY.formatted("")));
        assertTrue(refused.getMessage().contains("not valid OpenMetrics"), refused.getMessage());
    }
}
