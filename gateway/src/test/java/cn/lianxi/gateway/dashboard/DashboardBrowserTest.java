package cn.lianxi.gateway.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.gateway.support.StubbedServices;
import cn.lianxi.gateway.support.UpstreamStubs;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard as the joint-meeting office reads it, in headless Chromium (Debian's {@code chromium}, installed by
 * deploy/local/install-chromium.sh, which .ci/run runs; the test fails when it is missing), driven by Playwright,
 * with the office's token already in the page's session and the services' statistics stubbed: statuses, referral
 * kinds, stages and task states are shown by their Chinese labels (English on the English view), agencies and courts
 * by name, amounts with two decimals and thousands separators, and nothing is cut off at 1280 px. The screenshot at
 * 1280×800 is {@code target/dashboard.png} (the whole page: {@code target/dashboard-full.png}).
 */
@QuarkusTest
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("lianxi.chromium", "/usr/bin/chromium"));

    static final String CASE_STATS = """
            {"byCourtAndStatus": [
              {"courtCode": "C320500", "status": "MEASURES_UNDER_WAY", "cases": 12, "amountOwed": 10000.5,
               "amountRecovered": 1234567.8},
              {"courtCode": "C320508", "status": "FILED", "cases": 3, "amountOwed": 99999999999999.99,
               "amountRecovered": 0}],
             "recovered": {"today": 0, "thisMonth": 10000.5, "thisYear": 1234567.8}}""";
    static final String LIAISON_STATS = """
            {"asOf": "2026-03-02T10:00:00+08:00",
             "referrals": [{"agencyId": "BANK-ICBC", "kind": "BANK_INQUIRY", "open": 5, "overdue": 2},
                           {"agencyId": "POLICE-320500", "kind": "CRIMINAL_REFERRAL", "open": 1, "overdue": 1}],
             "answerTimes": [{"kind": "FREEZE", "answered": 4, "p50Seconds": 1.5, "p95Seconds": 3.0, "p99Seconds": 3.0}],
             "criminalReferralsByStage": {"REFERRED_TO_POLICE": 1, "SUPERVISION_REQUESTED": 1},
             "keyTasksByState": {"ON_TRACK": 2, "LATE": 1}}""";
    static final String CREDIT_STATS = """
            {"activeListings": 7, "activeRestrictions": 5, "liftedOnTime": 3, "liftedLate": 0,
             "overdueLiftingDuties": 0, "overdueCorrections": 1, "pendingRepairs": 2, "goodFaithRecords": 4}""";
    static final String AGENCIES = """
            [{"id": "BANK-ICBC", "kind": "BANK", "name": "工商银行苏州分行", "status": "ACTIVE"},
             {"id": "POLICE-320500", "kind": "POLICE", "name": "苏州市公安局", "status": "ACTIVE"}]""";

    static final String TASKS = """
            [{"id": "t-1", "year": 2026, "title": "执行案件质效提升", "ownerUnit": "U-COURT", "state": "ON_TRACK",
              "progress": 60, "missedCycles": 0, "escalation": "NONE"},
             {"id": "t-2", "year": 2026, "title": "拒执犯罪线索办理", "ownerUnit": "U-POLICE", "state": "LATE",
              "progress": 20, "missedCycles": 2, "escalation": "ESCALATED"},
             {"id": "t-3", "year": 2026, "title": "失信名单信息共享", "ownerUnit": "U-COURT", "state": "DONE",
              "progress": 100, "missedCycles": 0, "escalation": "NONE"}]""";
    static final String REPORTING = """
            [{"taskId": "t-1", "title": "执行案件质效提升", "ownerUnit": "U-COURT", "cycle": "MONTHLY", "currentCycle": 3,
              "reportedThisCycle": true, "missedCycles": 0, "escalation": "NONE"},
             {"taskId": "t-2", "title": "拒执犯罪线索办理", "ownerUnit": "U-POLICE", "cycle": "MONTHLY", "currentCycle": 3,
              "reportedThisCycle": false, "missedCycles": 2, "escalation": "ESCALATED"}]""";
    static final String MEMBERS = """
            [{"id": "U-COURT", "name": "苏州市中级人民法院", "kind": "COURT"},
             {"id": "U-POLICE", "name": "苏州市公安局", "kind": "POLICE"}]""";
    static final String COURTS = """
            [{"code": "C320000", "name": "江苏省高级人民法院", "level": "HIGH", "parentCode": null},
             {"code": "C320500", "name": "苏州市中级人民法院", "level": "INTERMEDIATE", "parentCode": "C320000"},
             {"code": "C320505", "name": "苏州市虎丘区人民法院", "level": "BASIC", "parentCode": "C320500"},
             {"code": "C320508", "name": "苏州市姑苏区人民法院", "level": "BASIC", "parentCode": "C320500"}]""";
    static final String ASSESSMENT = """
            {"months": [
              {"courtCode": "C320500", "month": "2026-01", "filed": 10, "concluded": 4, "concludedRate": 0.4000,
               "recoveryRate": 0.1000},
              {"courtCode": "C320500", "month": "2026-02", "filed": 0, "concluded": 0, "concludedRate": null,
               "recoveryRate": null},
              {"courtCode": "C320500", "month": "2026-03", "filed": 20, "concluded": 11, "concludedRate": 0.5500,
               "recoveryRate": 0.2763},
              {"courtCode": "C320508", "month": "2026-03", "filed": 8, "concluded": 2, "concludedRate": 0.2500,
               "recoveryRate": 0.0500}],
             "measures": []}""";
    static final String GUSU_FIGURES = """
            {"from": "2026-01-01", "to": "2026-03-02", "courts": [{"courtCode": "C320508", "filed": 77,
              "concluded": {"FULL_PERFORMANCE": 5, "TERMINATION_OF_THIS_ROUND": 2}, "recovered": 1234567.8}]}""";

    /** Raw constants and codes a reader must never see (they are only in data-* attributes). */
    static final List<String> RAW = List.of("MEASURES_UNDER_WAY", "BANK_INQUIRY", "CRIMINAL_REFERRAL", "ON_TRACK",
            "REFERRED_TO_POLICE", "BANK-ICBC", "POLICE-320500", "C320500", "C320508", "10000.5", "Overdue By",
            "ESCALATED", "INTERMEDIATE", "C320000", "U-POLICE", "concludedRate", "FULL_PERFORMANCE");

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @StubbedServices
    WireMockServer services;

    @StubbedLiaison
    WireMockServer liaison;

    final String token = Tokens.withRole("jm-office");

    @BeforeEach
    void stubServices() {
        services.stubFor(get(urlEqualTo("/cases/stats")).willReturn(json(CASE_STATS)));
        services.stubFor(get(urlEqualTo("/credit-stats")).willReturn(json(CREDIT_STATS)));
        liaison.stubFor(get(urlEqualTo("/liaison-stats")).willReturn(json(LIAISON_STATS)));
        liaison.stubFor(get(urlPathEqualTo("/agencies")).willReturn(json(AGENCIES)));
        liaison.stubFor(get(urlPathEqualTo("/joint-meeting/tasks")).willReturn(json(TASKS)));
        liaison.stubFor(get(urlPathEqualTo("/joint-meeting/reporting")).willReturn(json(REPORTING)));
        liaison.stubFor(get(urlPathEqualTo("/joint-meeting/members")).willReturn(json(MEMBERS)));
        services.stubFor(get(urlPathEqualTo("/courts")).willReturn(json(COURTS)));
        services.stubFor(get(urlPathEqualTo("/cases/assessment")).willReturn(json(ASSESSMENT)));
        services.stubFor(get(urlPathEqualTo("/cases/figures")).withQueryParam("court", equalTo("C320508"))
                .willReturn(json(GUSU_FIGURES)));
        services.stubFor(get(urlEqualTo(UpstreamStubs.MANAGEMENT + "/q/health/ready"))
                .willReturn(json("{\"status\":\"UP\",\"checks\":[]}")));
        liaison.stubFor(get(urlEqualTo(UpstreamStubs.MANAGEMENT + "/q/health/ready"))
                .willReturn(json("{\"status\":\"UP\",\"checks\":[]}")));
    }

    @Test
    void theOfficeReadsLabelsNamesAndMoneyAndNothingIsClippedAt1280() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: run deploy/local/install-chromium.sh");
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
            page.setDefaultTimeout(30_000);
            // logged in: the token the login would have left in the session (auth.js reads lianxi.tokens)
            page.addInitScript("sessionStorage.setItem('lianxi.tokens', JSON.stringify({access_token: '" + token
                    + "', expiresAt: Date.now() + 600000}))");
            page.navigate(dashboard + "?lang=zh");
            page.waitForSelector("#live.on");
            page.waitForSelector("#services [data-service=case] table");
            // agencies are named once the registry has answered (the page redraws)
            page.waitForFunction("[...document.querySelectorAll('#overdue text[data-key]')]"
                    + ".some(e => e.textContent === '工商银行苏州分行')");

            // the live boards: tasks with their missed reports, the court tree, the trend of the intermediate court
            page.waitForSelector("#task-board .item[data-task='t-2'] .badge");
            page.waitForSelector("#trend-chart circle");
            page.waitForSelector("#court-tree button[data-court=C320505]");
            String board = page.innerText("#tasks");
            for (String expected : List.of("按期推进", "已逾期", "已完成", "执行案件质效提升", "拒执犯罪线索办理", "苏州市公安局",
                    "漏报 2", "提请牵头单位督办")) {
                assertTrue(board.contains(expected), "the task board shows " + expected + ":\n" + board);
            }
            String tree = page.innerText("#court-tree");
            for (String expected : List.of("江苏省高级人民法院", "苏州市中级人民法院", "苏州市虎丘区人民法院", "12 件", "3 件")) {
                assertTrue(tree.contains(expected), "the court tree shows " + expected + ":\n" + tree);
            }
            assertEquals(1, page.locator("#court-tree li li button[data-court=C320508]").count(),
                    "a basic court hangs under its intermediate court");
            assertEquals(2, page.locator("#trend-chart polyline[data-rate=concludedRate]").count(),
                    "a month without a rate leaves a gap in the line");
            String trend = page.innerText("#trend");
            assertTrue(trend.contains("结案率 55.00%") && trend.contains("执行到位率 27.63%"), trend);
            // drill-down: a court's figures of the year
            page.click("#court-tree button[data-court=C320508]");
            page.waitForFunction("document.querySelector('#court-figures').innerText.includes('77')");
            String figures = page.innerText("#court-figures");
            for (String expected : List.of("苏州市姑苏区人民法院", "新收案件", "77", "1,234,567.80", "执行完毕")) {
                assertTrue(figures.contains(expected), "the court's figures show " + expected + ":\n" + figures);
            }
            assertTrue(page.innerText("#trend").contains("结案率 25.00%"), "the trend follows the chosen court");

            String text = page.innerText("body");
            for (String expected : List.of("执行措施中", "已立案", "银行存款查询", "拒执罪线索移送", "冻结", "已移送公安",
                    "按期推进", "已逾期", "工商银行苏州分行", "苏州市公安局", "苏州市中级人民法院", "苏州市姑苏区人民法院",
                    "10,000.50", "1,234,567.80", "99,999,999,999,999.99", "0.00", "正常")) {
                assertTrue(text.contains(expected), "the page shows " + expected + ":\n" + text);
            }
            for (String raw : RAW) {
                assertFalse(text.contains(raw), "the page shows the raw " + raw + ":\n" + text);
            }
            assertEquals(List.of(), clipped(page), "elements whose content does not fit at 1280 px");

            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "dashboard.png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "dashboard-full.png")).setFullPage(true));

            page.click("#lang");
            page.waitForFunction("document.documentElement.lang === 'en'");
            String english = page.innerText("body");
            for (String expected : List.of("Joint Enforcement Dashboard", "Measures under way", "Bank inquiry",
                    "Suzhou Intermediate People's Court", "Key tasks by state", "On track", "10,000.50", "Missed reports 2",
                    "Escalated to the convener", "Conclusion rate 25.00%", "Cases filed", "Courts and their cases")) {
                assertTrue(english.contains(expected), "the English view shows " + expected + ":\n" + english);
            }
            for (String raw : RAW) {
                assertFalse(english.contains(raw), "the English view shows the raw " + raw + ":\n" + english);
            }
            assertEquals(List.of(), clipped(page), "elements that do not fit at 1280 px in English");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "dashboard-en.png")).setFullPage(true));
        }
    }

    /**
     * What is cut off: the page wider than the window, a box whose content is wider than the box (cards scroll,
     * tiles and cells would clip), or a chart label running past its chart.
     */
    @SuppressWarnings("unchecked")
    private static List<String> clipped(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const out = [];
                  if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth);
                  document.querySelectorAll('header, .card, .tile, .tile .value, .tile .label, td, th, h1, h2, h3, .column')
                    .forEach(e => { if (e.scrollWidth > e.clientWidth + 1) out.push(e.tagName + ' ' + e.className + ': ' + e.textContent.slice(0, 40)); });
                  document.querySelectorAll('svg').forEach(svg => {
                    const width = svg.viewBox.baseVal.width;
                    svg.querySelectorAll('text').forEach(t => {
                      const box = t.getBBox();
                      if (box.x + box.width > width + 0.5) out.push('chart label ' + t.textContent);
                      const label = t.getAttribute('data-key') && svg.querySelector('rect');
                      if (label && box.x + box.width > Number(svg.querySelector('rect').getAttribute('x'))) out.push('label under bar ' + t.textContent);
                    });
                  });
                  return out;
                }""");
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
