package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.filing;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A court system that closes the connection while its batch is being applied (a gateway timeout, a client giving
 * up) neither cuts the batch short nor leaves a transaction open: under overload that once logged HR000090 (a live
 * transaction while closing a connection) and HHH000099, and stopped the batch half-way.
 */
@QuarkusTest
class CancelledRequestTest {

    private static final int EVENTS = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    Pool pool;

    @Inject
    ObjectMapper mapper;

    @Test
    void aBatchWhoseCallerHangsUpIsAppliedToItsEndAndLeavesNoTransactionOpen() throws Exception {
        List<String> numbers = IntStream.range(0, EVENTS).mapToObj(i -> Fixtures.caseNumber()).toList();
        byte[] body = mapper.writeValueAsBytes(Map.of("events",
                numbers.stream().map(n -> filing(SUZHOU, n, "100.00")).toList()));

        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /court-events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.courtClerk(SUZHOU) + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // hang up once the first case is in, long before the last
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(5)).until(() -> filed(numbers) > 0);
        }

        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(EVENTS, filed(numbers),
                "every event of the batch is applied although nobody waits for the answer"));
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(0L, openTransactions(),
                "no connection of the service is left inside a transaction"));
    }

    private long filed(List<String> numbers) {
        return pool.preparedQuery("SELECT count(*) FROM enforcement_case WHERE court_code = $1 AND case_number = ANY($2)")
                .execute(Tuple.of(SUZHOU, numbers.toArray(String[]::new))).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }

    private long openTransactions() {
        return pool.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'").execute()
                .await().atMost(TIMEOUT).iterator().next().getLong(0);
    }
}
