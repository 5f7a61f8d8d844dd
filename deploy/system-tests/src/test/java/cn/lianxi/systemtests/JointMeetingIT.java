package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 联席会议 (the joint meeting on the difficulty of enforcement):
 * <ol>
 * <li>the office sets the year's key tasks (年度重点任务) for member units: ICBC, the police bureau and BOC;</li>
 * <li>the owners report progress: ICBC finishes, the police are half-way, BOC is behind and its task's deadline has
 * passed; BOC cannot report on the police's task;</li>
 * <li>meanwhile a new case's bank inquiries pass their deadline unanswered;</li>
 * <li>the office's status report (JSON and the printable page) and the gateway's overview, which the dashboard
 * draws, show the on-track, late and done tasks and the overdue referrals per agency.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class JointMeetingIT {

    static Desk office;
    static Desk auditor;
    static Desk clerk;
    static Desk icbc;
    static Desk boc;
    static Desk police;

    final int year = LocalDate.now(ZoneOffset.UTC).getYear();
    final String tag = " #" + System.nanoTime() % 100_000;

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        office = Desk.as(keycloak, "jm-office");
        auditor = Desk.as(keycloak, "auditor");
        clerk = Desk.as(keycloak, "clerk-zy");
        police = Desk.as(keycloak, "police-officer");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
        boc = Desk.asAgency(keycloak, "bank-boc");
    }

    @Test
    void theOfficeFollowsTheYearsKeyTasksAndTheOverdueReferrals() {
        Map<String, Long> overdueBefore = overduePerAgency(office.overview());
        // a new case: its bank inquiries will pass their deadline (20 s in the system tests) while the meeting works
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), "45000.00",
                TestData.personRespondent("冯十二", TestData.personId()))).get("id").toString();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String sharing = task("建立涉执财产信息共享机制", "BANK-ICBC", LocalDate.of(year, 12, 31));
        String filing = task("拒执犯罪线索快速立案", "POLICE-320500", LocalDate.of(year, 12, 31));
        // a task of the first rounds whose deadline has already passed
        String feedback = task("总对总查控反馈时限达标", "BANK-BOC", today.minusDays(2));

        theOwnersReportProgress(sharing, filing, feedback);
        theStatusReportShowsOnTrackLateAndDone(sharing, filing, feedback);
        theOverviewShowsTasksAndOverdueReferralsPerAgency(caseId, overdueBefore);
    }

    private String task(String title, String owner, LocalDate dueOn) {
        return office.post("/api/joint-meeting/tasks", Map.of("year", year, "title", title + tag,
                "description", "市联席会议年度重点任务", "ownerUnit", owner, "dueOn", dueOn.toString()))
                .statusCode(201).body("ownerUnit", equalTo(owner)).extract().path("id").toString();
    }

    private void theOwnersReportProgress(String sharing, String filing, String feedback) {
        icbc.post("/api/joint-meeting/tasks/" + sharing + "/progress", Map.of("progress", 100,
                "summary", "与市中院完成账户信息实时共享接口联调并上线")).statusCode(200).body("state", equalTo("DONE"));
        police.post("/api/joint-meeting/tasks/" + filing + "/progress", Map.of("progress", 50,
                "summary", "制定拒执案件立案标准，已在两个分局试行")).statusCode(200).body("state", equalTo("ON_TRACK"));
        boc.post("/api/joint-meeting/tasks/" + feedback + "/progress", Map.of("progress", 60,
                "summary", "反馈系统改造进行中，尚未全部达标")).statusCode(200).body("state", equalTo("LATE"));
        // only the owner unit reports on its task
        boc.post("/api/joint-meeting/tasks/" + filing + "/progress", Map.of("progress", 100, "summary", "越权填报"))
                .statusCode(403);
        List<Map<String, Object>> reports = office.list("/api/joint-meeting/tasks/" + feedback + "/progress");
        assertEquals(1, reports.size());
        assertEquals("BANK-BOC", reports.get(0).get("unit"));
    }

    @SuppressWarnings("unchecked")
    private void theStatusReportShowsOnTrackLateAndDone(String sharing, String filing, String feedback) {
        Map<String, Object> report = office.read("/api/joint-meeting/report/" + year);
        Map<String, String> states = new java.util.HashMap<>();
        ((List<Map<String, Object>>) report.get("tasks")).forEach(t -> states.put(t.get("id").toString(),
                t.get("state").toString()));
        assertEquals(Map.of(sharing, "DONE", filing, "ON_TRACK", feedback, "LATE"),
                Map.of(sharing, states.get(sharing), filing, states.get(filing), feedback, states.get(feedback)));
        Map<String, Object> byState = (Map<String, Object>) report.get("byState");
        for (String state : List.of("ON_TRACK", "LATE", "DONE")) {
            assertTrue(((Number) byState.get(state)).longValue() >= 1, state + " in " + byState);
        }
        // the printable report for the meeting, which the auditor may read too
        auditor.request().accept("text/html").when().get("/api/joint-meeting/report/" + year + "/print")
                .then().statusCode(200).body(containsString("总对总查控反馈时限达标" + tag));
    }

    @SuppressWarnings("unchecked")
    private void theOverviewShowsTasksAndOverdueReferralsPerAgency(String caseId, Map<String, Long> before) {
        for (String bank : List.of("BANK-ICBC", "BANK-BOC")) {
            await().atMost(Platform.BANK_INQUIRY_DUE.plusSeconds(25)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> overdueOf(bank).stream().filter(r -> caseId.equals(r.get("caseId"))).count(),
                            n -> n == 1);
        }
        Map<String, Object> overview = office.overview();
        Map<String, Long> after = overduePerAgency(overview);
        for (String bank : List.of("BANK-ICBC", "BANK-BOC")) {
            assertTrue(after.getOrDefault(bank, 0L) > before.getOrDefault(bank, 0L), bank + ": " + before + " → " + after);
        }
        Map<String, Object> tasks = (Map<String, Object>) AssetControlIT.liaisonStats(overview).get("keyTasksByState");
        for (String state : List.of("ON_TRACK", "LATE", "DONE")) {
            assertTrue(((Number) tasks.getOrDefault(state, 0)).longValue() >= 1, state + " in " + tasks);
        }
    }

    /** The office's overdue list (逾期清单) of one agency. */
    private static List<Map<String, Object>> overdueOf(String agencyId) {
        return office.request().queryParam("agencyId", agencyId).queryParam("size", 500)
                .when().get("/api/referrals/overdue").then().statusCode(200).extract().path("$");
    }

    /** Overdue referrals per agency, as the overview (and so the dashboard) reports them. */
    @SuppressWarnings("unchecked")
    static Map<String, Long> overduePerAgency(Map<String, Object> overview) {
        List<Map<String, Object>> load = (List<Map<String, Object>>) AssetControlIT.liaisonStats(overview)
                .get("referrals");
        Map<String, Long> perAgency = new java.util.HashMap<>();
        load.forEach(l -> perAgency.merge(l.get("agencyId").toString(), ((Number) l.get("overdue")).longValue(),
                Long::sum));
        return perAgency;
    }
}
