package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A year of the joint meeting (联席会议) in shortened time — a reporting quarter (季度报送) is ten seconds here
 * ({@link Platform#SHORT_DEADLINES}): the plenary (全体会议) decides three key tasks for ICBC, the police bureau and BOC;
 * ICBC and the police report in each of the year's four quarters, BOC never does and goes overdue, then is escalated
 * to the convener; in the
 * meantime 虎丘区法院 (C320505, a court no other scenario files in) files two cases, one paid and concluded, the other
 * listed and reported to the police for 拒执, and asks 姑苏区法院 to serve a document (事项委托), which is answered;
 * the office commends ICBC and issues the 通报. Its figures are checked against what the test itself created — as a
 * difference to the draft read before it began — in JSON, in the PDF (PDFBox text extraction) and in the Excel file
 * (Apache POI read-back).
 */
@ExtendWith(PlatformExtension.class)
class JointMeetingYearIT {

    static final String COURT = "C320505";
    static final String OTHER_COURT = "C320508";

    static Desk office;
    static Desk auditor;
    static Desk clerk;
    static Desk judge;
    static Desk otherClerk;
    static Desk icbc;
    static Desk boc;
    static Desk police;

    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final String from = today.minusDays(7).toString();
    final String to = today.plusDays(1).toString();
    final String tag = " #" + System.nanoTime() % 100_000;

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        office = Desk.as(keycloak, "jm-office");
        auditor = Desk.as(keycloak, "auditor");
        clerk = Desk.as(keycloak, "clerk-hq");
        judge = Desk.as(keycloak, "judge-hq");
        otherClerk = Desk.as(keycloak, "clerk-gs");
        police = Desk.as(keycloak, "police-officer");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
        boc = Desk.asAgency(keycloak, "bank-boc");
    }

    @Test
    void aYearOfTheJointMeetingEndsInABulletinWhoseFiguresAreTheYearsWork() throws IOException {
        Map<String, Object> before = office.read("/api/bulletins/preview?from=" + from + "&to=" + to);

        String paid = clerk.fileCase(TestData.filing(TestData.caseNumber(), "50000.00",
                TestData.personRespondent("陈十三", TestData.personId()))).get("id").toString();
        String debtor = TestData.personId();
        String refusing = clerk.fileCase(TestData.filing(TestData.caseNumber(), "80000.00",
                TestData.personRespondent("林十四", debtor))).get("id").toString();
        icbcAnswersItsInquiries(paid, refusing);
        theFirstCaseIsPaidAndConcluded(paid);
        theSecondDebtorIsListedAndReportedToThePolice(refusing, debtor);
        String request = theOtherCourtServesADocumentForUs(refusing);
        // the plenary comes after the cases: the tasks' reporting quarters (ten seconds each) start with them
        List<String> tasks = thePlenaryDecidesThreeTasks();

        twoUnitsReportEveryCycleAndTheThirdDoesNot(tasks);
        office.ok("/api/joint-meeting/commendations", Map.of("year", today.getYear(), "kind", "COLLECTIVE",
                "unitId", "BANK-ICBC", "reason", "按期完成涉执财产信息共享机制建设" + tag));

        Map<String, Object> issued = office.post("/api/joint-meeting/bulletins", Map.of("from", from, "to", to))
                .statusCode(201).body("number", matchesPattern("联席办〔\\d{4}〕\\d+号")).extract().path("$");
        Map<String, Object> bulletin = office.read("/api/bulletins/" + issued.get("id"));
        theSectionsShowWhoReportedAndWhoDidNot(bulletin, tasks);
        theFiguresAreTheTestsOwn(before, bulletin, request);
        thePdfAndTheExcelFileHoldTheSameFigures(issued, bulletin);
        // the court's staff do not read the office's 通报
        clerk.get("/api/bulletins/" + issued.get("id")).statusCode(403);
    }

    private List<String> thePlenaryDecidesThreeTasks() {
        List<Map<String, Object>> three = List.of(
                task("建立涉执财产信息共享机制", "BANK-ICBC"),
                task("拒执犯罪线索快速立案", "POLICE-320500"),
                task("总对总查控反馈时限达标", "BANK-BOC"));
        Map<String, Object> meeting = office.post("/api/joint-meeting/meetings", Map.of(
                "kind", "PLENARY", "heldOn", today.toString(), "title", "全市综合治理执行难工作联席会议全体会议" + tag,
                "attendees", List.of("BANK-ICBC", "BANK-BOC", "POLICE-320500"),
                "agenda", List.of("通报上年度重点任务落实情况", "部署本年度重点任务"),
                "minutes", "会议审议通过本年度重点任务分工方案",
                "decisions", List.of(Map.of("title", "本年度重点任务分工" + tag, "tasks", three))))
                .statusCode(201).body("kind", equalTo("PLENARY")).extract().path("$");
        @SuppressWarnings("unchecked")
        List<Object> ids = (List<Object>) ((List<Map<String, Object>>) meeting.get("decisions")).get(0).get("taskIds");
        assertEquals(3, ids.size(), "one key task per unit: " + meeting);
        return ids.stream().map(Object::toString).toList();
    }

    private Map<String, Object> task(String title, String owner) {
        return Map.of("title", title + tag, "description", "市联席会议年度重点任务", "ownerUnit", owner,
                "dueOn", LocalDate.of(today.getYear(), 12, 31).toString(), "cycle", "QUARTERLY");
    }

    private void icbcAnswersItsInquiries(String... caseIds) {
        for (String caseId : caseIds) {
            icbc.awaitInbox(caseId, "BANK_INQUIRY", 1).forEach(r -> icbc.answer(r.get("id"),
                    Map.of("type", "BANK_INQUIRY", "accounts", List.of())));
            boc.awaitInbox(caseId, "BANK_INQUIRY", 1);
        }
    }

    private void theFirstCaseIsPaidAndConcluded(String caseId) {
        clerk.ok("/api/cases/" + caseId + "/payments", Map.of("amount", "50000.00", "source", "VOLUNTARY",
                "transferReference", "PAID-" + caseId));
        judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"));
    }

    private void theSecondDebtorIsListedAndReportedToThePolice(String caseId, String debtor) {
        judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 1, "respondentIdNumber", debtor,
                "documentNumber", "(2026)苏0505执失字第" + System.nanoTime() % 10_000 + "号"));
        judge.ok("/api/cases/" + caseId + "/refusal-reports", Map.of("respondentIdNumber", debtor,
                "evidenceSummary", "被执行人将名下房产低价转让给亲属，拒不履行生效判决"));
        police.awaitInbox(caseId, "CRIMINAL_REFERRAL", 1);
        String referral = police.list("/api/criminal-referrals?caseId=" + caseId).get(0).get("id").toString();
        police.post("/api/criminal-referrals/" + referral + "/steps", Map.of("action", "OPEN_CASE",
                "note", "苏公刑立字〔2026〕" + System.nanoTime() % 1000 + "号")).statusCode(200)
                .body("stage", equalTo("CASE_OPENED"));
    }

    /** 事项委托: C320505 asks 姑苏区法院 to serve a document; it lands in that court's queue and is answered. */
    @SuppressWarnings("unchecked")
    private String theOtherCourtServesADocumentForUs(String caseId) {
        Map<String, Object> sent = clerk.post("/api/cases/" + caseId + "/court-requests", Map.of(
                "toCourt", OTHER_COURT, "step", "SERVE_DOCUMENT", "details", "向被执行人住所地送达执行通知书",
                "dueOn", today.plusDays(3).toString())).statusCode(201).body("status", equalTo("SENT")).extract()
                .path("$");
        String id = sent.get("id").toString();
        await().atMost(Desk.ASYNC).until(() -> otherClerk.list("/api/court-requests/inbox").stream()
                .anyMatch(r -> id.equals(r.get("id"))));
        otherClerk.post("/api/court-requests/" + id + "/answer", Map.of("outcome", "DONE",
                "summary", "已于住所地直接送达，被执行人签收", "evidence", List.of(Map.of("name", "送达回证.pdf",
                        "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "mediaType", "application/pdf")))).statusCode(200).body("status", equalTo("ANSWERED"));
        otherClerk.post("/api/court-requests/" + id + "/answer", Map.of("outcome", "DONE", "summary", "再次答复"))
                .statusCode(409);
        List<String> kinds = await().atMost(Desk.ASYNC).until(() -> clerk.timeline(caseId).stream()
                .map(e -> e.get("kind").toString()).toList(), k -> k.stream().filter(s -> s.startsWith("COURT_REQUEST"))
                .count() >= 2);
        assertTrue(kinds.stream().anyMatch(k -> k.contains("ANSWERED")), "the answer is on the timeline: " + kinds);
        return id;
    }

    /**
     * A reporting quarter lasts ten seconds here (cycles count from 1 at the task's creation): ICBC and the police
     * report in each of the year's four quarters, BOC in none; its
     * first missed cycle makes it OVERDUE on the office's list, the second ESCALATED to the convener.
     */
    private void twoUnitsReportEveryCycleAndTheThirdDoesNot(List<String> tasks) {
        for (int cycle = 1; cycle <= 4; cycle++) {
            int current = awaitCycle(tasks.get(0), cycle);
            icbc.post("/api/joint-meeting/tasks/" + tasks.get(0) + "/progress", Map.of("progress", 15 * cycle,
                    "summary", "第" + current + "期：共享接口联调推进")).statusCode(200);
            police.post("/api/joint-meeting/tasks/" + tasks.get(1) + "/progress", Map.of("progress", 10 * cycle,
                    "summary", "第" + current + "期：立案标准试行")).statusCode(200);
        }
        awaitCycle(tasks.get(0), 5);
        Map<String, Map<String, Object>> reporting = reporting();
        Map<String, Object> late = await().atMost(Desk.ASYNC).until(() -> reporting().get(tasks.get(2)),
                r -> r != null && "ESCALATED".equals(r.get("escalation")));
        assertTrue(((Number) late.get("missedCycles")).intValue() >= 2, "BOC missed its cycles: " + late);
        for (String reported : tasks.subList(0, 2)) {
            assertEquals(0, ((Number) reporting.get(reported).get("missedCycles")).intValue(), reporting.get(reported)
                    .toString());
        }
        List<Map<String, Object>> overdue = office.list("/api/joint-meeting/reporting?overdue=true");
        assertTrue(overdue.stream().anyMatch(r -> tasks.get(2).equals(r.get("taskId"))), "BOC is on the list");
        assertTrue(overdue.stream().noneMatch(r -> tasks.get(0).equals(r.get("taskId"))), "ICBC is not");
    }

    private int awaitCycle(String task, int cycle) {
        return await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .until(() -> ((Number) reporting().get(task).get("currentCycle")).intValue(), c -> c >= cycle);
    }

    private Map<String, Map<String, Object>> reporting() {
        Map<String, Map<String, Object>> byTask = new java.util.HashMap<>();
        office.list("/api/joint-meeting/reporting").forEach(r -> byTask.put(r.get("taskId").toString(), r));
        return byTask;
    }

    @SuppressWarnings("unchecked")
    private void theSectionsShowWhoReportedAndWhoDidNot(Map<String, Object> composed, List<String> tasks) {
        Map<String, Object> bulletin = (Map<String, Object>) composed.get("bulletin");
        Map<String, Map<String, Object>> byTask = new java.util.HashMap<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) bulletin.get("sections")) {
            for (Map<String, Object> t : (List<Map<String, Object>>) section.get("tasks")) {
                byTask.put(t.get("taskId").toString(), t);
            }
        }
        assertTrue(((Number) byTask.get(tasks.get(0)).get("reportsInPeriod")).intValue() >= 4, byTask.toString());
        assertEquals("ESCALATED", byTask.get(tasks.get(2)).get("escalation"));
        assertTrue(((List<Map<String, Object>>) bulletin.get("commendations")).stream()
                .anyMatch(c -> c.get("reason").toString().endsWith(tag)), "the commendation is in the 通报");
    }

    /** Each figure as the difference between the 通报 and the draft read before the test began. */
    private void theFiguresAreTheTestsOwn(Map<String, Object> before, Map<String, Object> after, String request) {
        assertEquals(2, delta(before, after, "cases", "courts", "courtCode", COURT, "filed"), "cases filed");
        assertEquals(1, delta(before, after, "cases", "courts", "courtCode", COURT, "concluded.FULL_PERFORMANCE"),
                "cases concluded by full performance");
        assertEquals(0, new BigDecimal("50000.00").compareTo(amount(after, COURT).subtract(amount(before, COURT))),
                "money recovered");
        assertEquals(2, delta(before, after, "liaison", "bankInquiries", "agencyId", "BANK-ICBC", "answered"),
                "ICBC's answered inquiries");
        assertEquals(1, delta(before, after, "liaison", "criminalReferrals", "agencyId", "POLICE-320500",
                "transferred"), "拒执 leads transferred");
        assertEquals(1, delta(before, after, "liaison", "criminalReferrals", "agencyId", "POLICE-320500", "opened"),
                "拒执 cases opened");
        assertEquals(1, delta(before, after, "credit", "courts", "courtCode", COURT, "listed"), "listings");
        assertEquals(1, delta(before, after, "courtRequests", "requests", "fromCourt", COURT, "answered"),
                "requests between courts answered (" + request + ")");
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) after.get("figures");
        assertTrue(figures.get("mechanisms") instanceof Map, "the data cage's and mechanisms' counts: " + figures
                .get("unavailable"));
        Map<String, Object> answered = row(after, "courtRequests", "requests", "fromCourt", COURT);
        assertTrue(answered.get("averageHoursToAnswer") != null, "the time to answer is a figure: " + answered);
    }

    private void thePdfAndTheExcelFileHoldTheSameFigures(Map<String, Object> issued, Map<String, Object> bulletin)
            throws IOException {
        String id = issued.get("id").toString();
        byte[] pdf = auditor.request().accept("application/pdf").when().get("/api/bulletins/" + id + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String filed = String.valueOf(number(row(bulletin, "cases", "courts", "courtCode", COURT), "filed"));
        for (String expected : List.of(issued.get("number").toString(), unitName(bulletin, "BANK-ICBC"),
                "苏州市虎丘区人民法院", filed)) {
            assertTrue(text.contains(expected), "the PDF reads '" + expected + "'");
        }
        byte[] xlsx = auditor.request().when().get("/api/bulletins/" + id + "/xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> rows = rowsOf(workbook.getSheet("案件"));
            assertTrue(rows.stream().anyMatch(r -> r.contains("苏州市虎丘区人民法院") && r.contains(filed)),
                    "the Excel file's 案件 sheet: " + rows);
            assertTrue(rowsOf(workbook.getSheet("通报")).stream().anyMatch(r -> r.contains(issued.get("number")
                    .toString())), "the Excel file names the 通报's number");
            // the data cage's breached clocks and the mechanisms' counts (issue 19) are a part of the 通报 too
            assertTrue(rowsOf(workbook.getSheet("数据铁笼")).stream().anyMatch(r -> r.contains("超期节点")),
                    "the Excel file has the data cage's part");
        }
    }

    @SuppressWarnings("unchecked")
    private static String unitName(Map<String, Object> composed, String unitId) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) composed.get("bulletin")).get("sections")).stream()
                .filter(s -> unitId.equals(s.get("unitId"))).findFirst().orElseThrow().get("unitName").toString();
    }

    private static List<String> rowsOf(Sheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        DataFormatter format = new DataFormatter();
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            StringBuilder line = new StringBuilder();
            row.forEach(cell -> line.append(format.formatCellValue(cell)).append(" | "));
            rows.add(line.toString());
        }
        return rows;
    }

    // --- reading the composed 通报: {bulletin, figures: {cases, courtRequests, liaison, credit, assessment}} ---

    private static long delta(Map<String, Object> before, Map<String, Object> after, String part, String list,
            String key, String value, String field) {
        return number(row(after, part, list, key, value), field) - number(row(before, part, list, key, value), field);
    }

    private static BigDecimal amount(Map<String, Object> composed, String court) {
        Object recovered = row(composed, "cases", "courts", "courtCode", court).get("recovered");
        return recovered == null ? BigDecimal.ZERO : Desk.money(recovered);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> composed, String part, String list, String key, String value) {
        Map<String, Object> figures = (Map<String, Object>) ((Map<String, Object>) composed.get("figures")).get(part);
        assertTrue(figures != null && figures.get(list) != null, part + " is available: " + figures);
        return ((List<Map<String, Object>>) figures.get(list)).stream().filter(r -> value.equals(r.get(key)))
                .findFirst().orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    private static long number(Map<String, Object> row, String path) {
        Object value = row;
        for (String step : path.split("\\.")) {
            value = value instanceof Map ? ((Map<String, Object>) value).get(step) : null;
        }
        return value == null ? 0 : ((Number) value).longValue();
    }
}
