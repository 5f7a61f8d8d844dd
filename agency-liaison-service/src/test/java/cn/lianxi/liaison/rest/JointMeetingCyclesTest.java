package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.service.ReportingSweep;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The joint meeting of issue 18: meetings whose decisions create key tasks, reporting cycles (报送周期, monthly =
 * PT10S in the test profile) with the sweep marking missed reports once and escalating, commendations, bulletins
 * (通报) numbered per year and snapshotted, and the liaison figures of a period.
 */
@QuarkusTest
class JointMeetingCyclesTest {

    private static final Pattern NUMBER = Pattern.compile("联席办〔(\\d{4})〕(\\d+)号");

    @Inject
    MutableClock clock;

    @Inject
    ReportingSweep sweep;

    @Inject
    Pool pool;

    private static String office() {
        return Tokens.withRole("jm-office");
    }

    private int sweepNow() {
        try {
            return VertxContextSupport.subscribeAndAwait(sweep::sweep);
        } catch (Throwable e) {
            throw new IllegalStateException("sweep failed", e);
        }
    }

    private JsonPath meeting(String title, List<Map<String, Object>> tasks) {
        return given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PLENARY", "heldOn", LocalDate.now(clock).toString(), "title", title,
                        "attendees", List.of("ZFW-320500", "COURT-C320500", Agencies.POLICE),
                        "agenda", List.of("审议年度重点任务"), "minutes", "会议纪要：明确分工，按月报送。",
                        "decisions", List.of(Map.of("title", "部署年度重点任务", "tasks", tasks))))
                .when().post("/joint-meeting/meetings").then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> task(String title, String owner, String cycle) {
        return Map.of("title", title, "ownerUnit", owner, "dueOn", "2099-12-31", "cycle", cycle);
    }

    private static Map<String, Object> reportingOf(String taskId) {
        List<Map<String, Object>> all = given().auth().oauth2(office()).when().get("/joint-meeting/reporting")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(r -> taskId.equals(r.get("taskId"))).findFirst().orElseThrow();
    }

    private static void report(String agency, String taskId, int progress, String summary) {
        given().auth().oauth2(Agencies.token(agency)).contentType(ContentType.JSON)
                .body(Map.of("progress", progress, "summary", summary))
                .when().post("/joint-meeting/tasks/" + taskId + "/progress").then().statusCode(200);
    }

    /**
     * A report and the sweep touch the same row: while another transaction holds the task (as the sweep does) and
     * then changes it, the report waits for it and answers 200 on the new row version, never an optimistic-lock 500.
     * The other transaction commits only once PostgreSQL shows the report waiting for a lock (without the report's own
 * lock it waits at its progress row's foreign key, then fails on the changed version).
     */
    @Test
    void aReportWaitsForTheSweepHoldingItsTaskInsteadOfFailing() throws Exception {
        JsonPath m = meeting("办公室会议（并发）", List.of(task("并发报送", Agencies.POLICE, "MONTHLY")));
        String id = m.getString("decisions[0].taskIds[0]");
        SqlConnection sweeping = pool.getConnectionAndAwait();
        try {
            Transaction tx = sweeping.beginAndAwait();
            sweeping.preparedQuery("SELECT id FROM jm_key_task WHERE id = $1 FOR UPDATE")
                    .executeAndAwait(Tuple.of(UUID.fromString(id)));
            CompletableFuture<Integer> reported = CompletableFuture.supplyAsync(() -> given()
                    .auth().oauth2(Agencies.token(Agencies.POLICE)).contentType(ContentType.JSON)
                    .body(Map.of("progress", 40, "summary", "并发时报送")).when()
                    .post("/joint-meeting/tasks/" + id + "/progress").then().extract().statusCode());
            await().atMost(Duration.ofSeconds(20)).until(() -> pool
                    .preparedQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            + "AND wait_event_type = 'Lock'").executeAndAwait().iterator().next().getLong(0) > 0);
            sweeping.preparedQuery("UPDATE jm_key_task SET version = version + 1 WHERE id = $1")
                    .executeAndAwait(Tuple.of(UUID.fromString(id)));
            tx.commitAndAwait();
            assertEquals(200, reported.get(30, TimeUnit.SECONDS));
        } finally {
            sweeping.closeAndAwait();
        }
        // the report took effect on the row the other transaction left
        given().auth().oauth2(office()).queryParam("year", m.getInt("year")).when().get("/joint-meeting/tasks")
                .then().statusCode(200).body("findAll { it.id == '" + id + "' }[0].progress", equalTo(40));
    }

    @Test
    void aMeetingsDecisionsBecomeKeyTasksOfItsYear() {
        JsonPath m = meeting("2026年度全体会议", List.of(task("打击拒执犯罪", Agencies.POLICE, "MONTHLY"),
                task("网络查控提速", Agencies.ICBC, "QUARTERLY")));
        List<String> ids = m.getList("decisions[0].taskIds");
        assertEquals(2, ids.size());
        int year = m.getInt("year");
        assertEquals(LocalDate.now(clock).getYear(), year);
        given().auth().oauth2(office()).queryParam("year", year).when().get("/joint-meeting/tasks").then()
                .statusCode(200).body("findAll { it.id == '" + ids.get(1) + "' }[0].cycle", equalTo("QUARTERLY"))
                .body("findAll { it.id == '" + ids.get(0) + "' }[0].decisionId", equalTo(m.getString("decisions[0].id")));
        given().auth().oauth2(office()).when().get("/joint-meeting/meetings/" + m.getString("id")).then()
                .statusCode(200).body("kind", equalTo("PLENARY")).body("attendees", hasItem(Agencies.POLICE))
                .body("decisions[0].taskIds", equalTo(ids));
        given().auth().oauth2(office()).queryParam("year", year).when().get("/joint-meeting/meetings").then()
                .statusCode(200).body("id", hasItem(m.getString("id")));

        given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICE", "heldOn", "2026-03-01", "title", "办公室会议", "attendees", List.of(),
                        "agenda", List.of(), "decisions", List.of(Map.of("title", "x", "tasks",
                                List.of(task("无主任务", "NO-SUCH-UNIT", "MONTHLY"))))))
                .when().post("/joint-meeting/meetings").then().spec(Problems.of(ProblemType.UNKNOWN_UNIT, 400))
                .body("errors[0].field", equalTo("decisions[0].tasks[0].ownerUnit"));
        given().auth().oauth2(Agencies.token(Agencies.POLICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICE", "heldOn", "2026-03-01", "title", "t", "attendees", List.of(),
                        "agenda", List.of(), "decisions", List.of()))
                .when().post("/joint-meeting/meetings").then().statusCode(403);
    }

    @Test
    void anEndedCycleWithoutAReportIsMissedOnceThenEscalatedAndAReportClearsIt() {
        JsonPath m = meeting("报送周期", List.of(task("按月报送的任务", Agencies.POLICE, "MONTHLY"),
                task("按季度报送的任务", Agencies.ICBC, "QUARTERLY"), task("已完成的任务", Agencies.PROC, "MONTHLY")));
        String monthly = m.getString("decisions[0].taskIds[0]");
        String quarterly = m.getString("decisions[0].taskIds[1]");
        String done = m.getString("decisions[0].taskIds[2]");

        report(Agencies.POLICE, monthly, 10, "第一期报送");
        report(Agencies.PROC, done, 100, "已完成");
        // another agency's token on this task is refused
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).contentType(ContentType.JSON)
                .body(Map.of("progress", 50, "summary", "不是我的任务"))
                .when().post("/joint-meeting/tasks/" + monthly + "/progress").then().statusCode(403);

        clock.advance(Duration.ofSeconds(15)); // cycle 2 of the monthly task: cycle 1 had its report
        sweepNow();
        Map<String, Object> r = reportingOf(monthly);
        assertEquals(2, r.get("currentCycle"));
        assertEquals(false, r.get("reportedThisCycle"));
        assertEquals(0, r.get("missedCycles"));
        assertEquals("NONE", r.get("escalation"));

        clock.advance(Duration.ofSeconds(10)); // cycle 3: cycle 2 ended without a report
        sweepNow();
        sweepNow();
        r = reportingOf(monthly);
        assertEquals(1, r.get("missedCycles"), "a missed cycle is marked once");
        assertEquals(1, r.get("missedTotal"));
        assertEquals("OVERDUE", r.get("escalation"));
        given().auth().oauth2(office()).queryParam("overdue", true).when().get("/joint-meeting/reporting").then()
                .statusCode(200).body("taskId", hasItem(monthly)).body("taskId", not(hasItem(quarterly)))
                .body("taskId", not(hasItem(done)));

        clock.advance(Duration.ofSeconds(10)); // cycle 4: a second consecutive miss
        sweepNow();
        r = reportingOf(monthly);
        assertEquals(2, r.get("missedCycles"));
        assertEquals("ESCALATED", r.get("escalation"));
        assertEquals("ZFW-320500", r.get("escalatedTo"), "escalated to the convener (政法委)");
        assertEquals(0, reportingOf(done).get("missedTotal"), "a DONE task needs no more reports");
        assertEquals(1, reportingOf(quarterly).get("currentCycle"));
        assertEquals("NONE", reportingOf(quarterly).get("escalation"));

        report(Agencies.POLICE, monthly, 30, "补报");
        r = reportingOf(monthly);
        assertEquals(true, r.get("reportedThisCycle"));
        assertEquals(0, r.get("missedCycles"));
        assertEquals(2, r.get("missedTotal"));
        assertEquals("NONE", r.get("escalation"));
        given().auth().oauth2(office()).when().get("/joint-meeting/tasks/" + monthly + "/progress").then()
                .statusCode(200).body("cycle", equalTo(List.of(1, 4)));
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/liaison-stats").then().statusCode(200)
                .body("missedReportsByUnit.'" + Agencies.POLICE + "'", notNullValue());
        given().auth().oauth2(Agencies.token(Agencies.POLICE)).when().get("/joint-meeting/reporting").then()
                .statusCode(403);
    }

    @Test
    void bulletinsAreNumberedPerYearAndNeverChangeAfterIssue() {
        String taskId = meeting("通报", List.of(task("通报任务", Agencies.BOC, "MONTHLY")))
                .getString("decisions[0].taskIds[0]");
        report(Agencies.BOC, taskId, 20, "第一次报送");
        given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "kind", "INDIVIDUAL", "unitId", Agencies.BOC, "reason", "无名"))
                .when().post("/joint-meeting/commendations").then().spec(Problems.of(ProblemType.INVALID_REQUEST, 400))
                .body("errors[0].field", equalTo("person"));
        int year = LocalDate.now(clock).getYear();
        given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("year", year, "kind", "COLLECTIVE", "unitId", Agencies.BOC, "reason", "查控反馈及时"))
                .when().post("/joint-meeting/commendations").then().statusCode(201).body("kind", equalTo("COLLECTIVE"));

        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Object> period = Map.of("from", today.minusDays(1).toString(), "to", today.plusDays(1).toString());
        JsonPath first = given().auth().oauth2(office()).contentType(ContentType.JSON).body(period)
                .when().post("/joint-meeting/bulletins").then().statusCode(201).extract().jsonPath();
        JsonPath second = given().auth().oauth2(office()).contentType(ContentType.JSON).body(period)
                .when().post("/joint-meeting/bulletins").then().statusCode(201).extract().jsonPath();
        int n = seq(first.getString("number"));
        assertEquals(n + 1, seq(second.getString("number")), "the year's next number");
        assertTrue(first.getString("issuer").startsWith("苏州市中级人民法院"), first.getString("issuer"));
        String section = "sections.find { it.unitId == '" + Agencies.BOC + "' }";
        assertEquals("BANK", first.getString(section + ".unitKind"));
        assertEquals("第一次报送", first.getString(section + ".tasks.find { it.taskId == '" + taskId + "' }.lastSummary"));
        assertEquals(1, first.getInt(section + ".tasks.find { it.taskId == '" + taskId + "' }.reportsInPeriod"));
        assertTrue(first.getList("commendations.reason").contains("查控反馈及时"));

        report(Agencies.BOC, taskId, 60, "第二次报送");
        given().auth().oauth2(office()).when().get("/joint-meeting/bulletins/" + first.getString("id")).then()
                .statusCode(200).body(section + ".tasks.find { it.taskId == '" + taskId + "' }.lastSummary",
                        equalTo("第一次报送"))
                .body(section + ".tasks.find { it.taskId == '" + taskId + "' }.progress", equalTo(20))
                .body("number", equalTo(first.getString("number")));
        given().auth().oauth2(Tokens.withRole("auditor")).queryParam("year", year).when()
                .get("/joint-meeting/bulletins").then().statusCode(200)
                .body("number", hasItem(second.getString("number")));
        given().auth().oauth2(Agencies.token(Agencies.BOC)).when()
                .get("/joint-meeting/bulletins/" + first.getString("id")).then().statusCode(403);
        given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-31", "to", "2026-12-01")).when().post("/joint-meeting/bulletins")
                .then().spec(Problems.of(ProblemType.INVALID_REQUEST, 400)).body("errors[0].field", equalTo("to"));
    }

    @Test
    void concurrentIssuesNeverShareANumber() {
        Map<String, Object> period = Map.of("from", "2026-01-01", "to", "2026-12-31");
        List<CompletableFuture<String>> issues = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            issues.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(office()).contentType(ContentType.JSON)
                    .body(period).when().post("/joint-meeting/bulletins").then().statusCode(201)
                    .extract().path("number")));
        }
        Set<String> numbers = new HashSet<>();
        issues.forEach(f -> numbers.add(f.join()));
        assertEquals(6, numbers.size(), "distinct numbers: " + numbers);
    }

    @Test
    void theFiguresCountTheReferralsCreatedInThePeriod() {
        String bank = Agencies.newBank("PULL");
        String answered = Referrals.create(bank, "BANK_INQUIRY", UUID.randomUUID(), Map.of());
        Referrals.create(bank, "BANK_INQUIRY", UUID.randomUUID(), Map.of());
        Referrals.answer(bank, answered, Map.of("type", "BANK_INQUIRY", "accounts", List.of())).statusCode(200);

        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        given().auth().oauth2(office()).queryParam("from", today.toString()).queryParam("to", today.toString())
                .when().get("/liaison-stats/figures").then().statusCode(200)
                .body("from", equalTo(today.toString()))
                .body("bankInquiries.findAll { it.agencyId == '" + bank + "' }", hasSize(1))
                .body("bankInquiries.find { it.agencyId == '" + bank + "' }.sent", equalTo(2))
                .body("bankInquiries.find { it.agencyId == '" + bank + "' }.answered", equalTo(1))
                .body("bankInquiries.find { it.agencyId == '" + bank + "' }.answeredWithinDeadline", equalTo(1))
                .body("bankInquiries.find { it.agencyId == '" + bank + "' }.averageSecondsToAnswer", notNullValue())
                .body("criminalReferrals", notNullValue()).body("procuratorates", notNullValue())
                .body("measures", notNullValue());
        given().auth().oauth2(office()).queryParam("from", today.minusDays(10).toString())
                .queryParam("to", today.minusDays(9).toString()).when().get("/liaison-stats/figures").then()
                .statusCode(200).body("bankInquiries.findAll { it.agencyId == '" + bank + "' }", hasSize(0));
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).queryParam("from", today.toString())
                .queryParam("to", today.toString()).when().get("/liaison-stats/figures").then().statusCode(403);
    }

    private static int seq(String number) {
        Matcher m = NUMBER.matcher(number);
        assertTrue(m.matches(), number);
        return Integer.parseInt(m.group(2));
    }
}
