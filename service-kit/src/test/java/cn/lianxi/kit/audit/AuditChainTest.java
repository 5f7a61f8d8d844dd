package cn.lianxi.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * Recording and chaining against the real PostgreSQL: entries recorded (one by one or as a batch) are chained in
 * their recorded order when the log is read, a later batch continues the chain, and an edited or reordered entry is
 * named by {@link AuditLog#verify()}. It runs in a schema of its own in case-service's test database
 * ({@code deploy/local/pg-setup.sh} makes it), so no service's audit log is touched; the Hibernate session the
 * services record through is tested in the services.
 */
class AuditChainTest {

    private static final String SCHEMA = "kit_audit_chain_test";
    private static Vertx vertx;
    private static Pool pool;
    private static AuditLog audit;

    @BeforeAll
    static void connect() throws Exception {
        Process setup = new ProcessBuilder("bash", projectFile("deploy/local/pg-setup.sh").toString()).inheritIO()
                .start();
        assertTrue(setup.waitFor(120, TimeUnit.SECONDS) && setup.exitValue() == 0, "pg-setup.sh failed");
        vertx = Vertx.vertx();
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(options()).using(vertx)
                .build();
        run("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        run("CREATE SCHEMA " + SCHEMA);
        // the kit's audit tables (db/kit V0_1, V0_3), without the append-only triggers so the test can tamper
        run("CREATE TABLE " + SCHEMA + ".audit_log (seq bigint PRIMARY KEY, at timestamptz NOT NULL, "
                + "actor varchar(200) NOT NULL, action varchar(100) NOT NULL, subject varchar(200) NOT NULL, "
                + "detail text NOT NULL, prev_hash char(64) NOT NULL, hash char(64) NOT NULL)");
        run("CREATE TABLE " + SCHEMA + ".audit_pending (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "at timestamptz NOT NULL, actor varchar(200) NOT NULL, action varchar(100) NOT NULL, "
                + "subject varchar(200) NOT NULL, detail text NOT NULL)");
        audit = new AuditLog(pool, new AuditChain(pool));
    }

    @AfterAll
    static void close() {
        run("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }

    @BeforeEach
    void empty() {
        run("TRUNCATE " + SCHEMA + ".audit_log, " + SCHEMA + ".audit_pending");
    }

    @Test
    void aBatchStartsTheChainAndAnotherContinuesIt() {
        appendAll(List.of(entry("worker-a", "referral-1"), entry("worker-a", "referral-2"),
                new AuditLog.NewEntry("法官张三", "case.respondent-lookup", "respondent:3205**********1234", "")));
        appendAll(List.of(entry("worker-b", "referral-3"), entry("worker-b", "referral-4")));

        record(new AuditLog.NewEntry("worker-c", "referral-answered", "referral-4", "outcome=NO_ASSETS"));

        assertEquals(AuditVerification.intact(6), audit.verify().await().indefinitely());
        assertEquals(0L, count("audit_pending"), "every recorded entry was chained");
        List<Long> seqs = new ArrayList<>();
        pool.query("SELECT seq FROM audit_log ORDER BY seq").executeAndAwait().forEach(r -> seqs.add(r.getLong("seq")));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), seqs, "gap-free");
        List<String> subjects = new ArrayList<>();
        pool.query("SELECT subject FROM audit_log ORDER BY seq").executeAndAwait()
                .forEach(r -> subjects.add(r.getString("subject")));
        assertEquals(List.of("referral-1", "referral-2", "respondent:3205**********1234", "referral-3", "referral-4",
                "referral-4"), subjects, "in the order recorded");
        assertEquals(2, audit.entriesFor("referral-4").await().indefinitely().size());
    }

    @Test
    void anEditedEntryInsideABatchIsNamed() {
        appendAll(List.of(entry("worker-a", "referral-1"), entry("worker-a", "referral-2"),
                entry("worker-a", "referral-3")));
        audit.verify().await().indefinitely();
        run("UPDATE audit_log SET detail = 'lease-until=never' WHERE seq = 2");

        AuditVerification result = audit.verify().await().indefinitely();
        assertFalse(result.intact());
        assertEquals(2L, result.firstBroken());
        assertEquals(1L, result.checked());
    }

    @Test
    void aReorderedBatchIsNamed() {
        appendAll(List.of(entry("worker-a", "referral-1"), entry("worker-a", "referral-2")));
        audit.verify().await().indefinitely();
        run("UPDATE audit_log SET subject = CASE subject WHEN 'referral-1' THEN 'referral-2' ELSE 'referral-1' END");

        assertEquals(AuditVerification.broken(0, 1), audit.verify().await().indefinitely());
    }

    /**
     * Issue 22 (the idle budget): a quiet service checks for recorded entries every second without taking the chain
     * lock or opening a transaction. Proven by holding the lock on another connection: chaining with nothing recorded
     * still finishes at once, while with an entry recorded it waits for the lock and then chains it.
     */
    @Test
    void withNothingRecordedChainingTakesNoLock() throws Exception {
        Pool other = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(options()).using(vertx).build();
        SqlConnection holder = other.getConnectionAndAwait();
        try {
            holder.query("SELECT pg_advisory_lock(" + AuditChain.AUDIT_LOCK + ")").executeAndAwait();
            AuditChain chain = new AuditChain(pool);
            chain.chainAll().await().atMost(Duration.ofSeconds(5)); // nothing recorded: done despite the lock

            record(entry("worker-a", "referral-1"));
            CompletableFuture<Void> chaining = chain.chainAll().subscribeAsCompletionStage();
            Thread.sleep(500);
            assertFalse(chaining.isDone(), "with an entry recorded, chaining waits for the lock");
            holder.query("SELECT pg_advisory_unlock(" + AuditChain.AUDIT_LOCK + ")").executeAndAwait();
            chaining.get(5, TimeUnit.SECONDS);
        } finally {
            holder.closeAndAwait();
            other.closeAndAwait();
        }
        assertEquals(0L, count("audit_pending"));
        assertEquals(AuditVerification.intact(1), audit.verify().await().atMost(Duration.ofSeconds(5)));
    }

    private static AuditLog.NewEntry entry(String worker, String referral) {
        return new AuditLog.NewEntry(worker, "referral-claimed", referral, "lease-until=2030-01-01T00:05:00Z");
    }

    /** The statement {@link AuditLog#appendAll} sends, with its parameter bound the way the Vert.x client names it. */
    private static void appendAll(List<AuditLog.NewEntry> entries) {
        String json = AuditLog.entriesJson(Instant.now().truncatedTo(ChronoUnit.MICROS), entries);
        pool.preparedQuery(AuditLog.RECORD_ALL.replace(":entries", "$1")).executeAndAwait(Tuple.of(json));
    }

    /** The statement {@link AuditLog#append} sends. */
    private static void record(AuditLog.NewEntry e) {
        pool.preparedQuery(AuditLog.RECORD.replace(":at", "$1").replace(":actor", "$2").replace(":action", "$3")
                .replace(":subject", "$4").replace(":detail", "$5"))
                .executeAndAwait(Tuple.of(Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC),
                        e.actor(), e.action(), e.subject(), e.detail()));
    }

    private static PgConnectOptions options() {
        return new PgConnectOptions()
                .setHost(env("LIANXI_DB_HOST", "127.0.0.1")).setPort(Integer.parseInt(env("LIANXI_DB_PORT", "5432")))
                .setDatabase("lianxi_case_test" + env("LIANXI_DB_SUFFIX", "")).setUser("lianxi_case")
                .setPassword(env("LIANXI_DB_PASSWORD", "lianxi-dev-only"))
                .setProperties(Map.of("search_path", SCHEMA));
    }

    private static long count(String table) {
        return pool.query("SELECT count(*) AS n FROM " + table).executeAndAwait().iterator().next().getLong("n");
    }

    private static void run(String sql) {
        pool.query(sql).executeAndAwait();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path projectFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
