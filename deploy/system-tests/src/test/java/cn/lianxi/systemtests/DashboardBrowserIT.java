package cn.lianxi.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The joint-meeting office's dashboard (监控大屏) as a person uses it, in headless Chromium (Debian's package,
 * installed by deploy/local/install-chromium.sh) driven by Playwright: the office logs in on the real Keycloak login
 * page, watches the tiles fill from the gateway's live stream, and, without reloading, sees a newly registered bank
 * appear among the agencies with overdue referrals once the inquiry of a newly filed case passes its deadline.
 * What the office reads is words, not codes: statuses and referral kinds by their Chinese labels, the bank and the
 * court by name, amounts with two decimals and thousands separators, and nothing cut off at 1280 px. The run leaves
 * a screenshot at 1280×800 in {@code target/dashboard.png} (the whole page in {@code target/dashboard-full.png}).
 * The joint meeting's boards fill with the test's own data: the key task the office assigned before logging in stands
 * on the key-task board under its owner's name, and the intermediate court's figures and monthly trend chart count the
 * case the clerk files.
 */
@ExtendWith(PlatformExtension.class)
class DashboardBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("lianxi.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    static final Path FULL_PAGE = Path.of("target", "dashboard-full.png");
    /** Money as the page must show it: thousands separators and exactly two decimals, e.g. 66,000.00. */
    static final Pattern MONEY = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}");
    /**
     * An enum constant shown raw (MEASURES_UNDER_WAY, BANK_INQUIRY), a court code (C320500), an agency's or member
     * unit's id (BANK-ICBC, POLICE-320500) or a field's key (missedReportsByUnit).
     */
    static final Pattern RAW = Pattern.compile("\\b([A-Z]+_[A-Z_]+|C\\d{6}|[A-Z]+-[A-Z0-9]+|[a-z]+[A-Z][A-Za-z]*)\\b");

    @Test
    void theOfficeLogsInAndSeesANewOverdueReferralAppearLive(Platform platform) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "no Chromium: run deploy/local/install-chromium.sh (.ci/run does)");
        Keycloak keycloak = new Keycloak(platform);
        keycloak.allowWebOrigin(platform.gatewayUrl());
        String gateway = platform.gatewayUrl();
        String bank = aNewBankJoins(keycloak);
        String task = "看板测试任务 #" + System.nanoTime() % 100_000;
        Desk office = Desk.as(keycloak, "jm-office");
        office.post("/api/joint-meeting/tasks", Map.of("year", java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .getYear(), "title", task, "ownerUnit", "BANK-ICBC", "dueOn", java.time.LocalDate.now(
                java.time.ZoneOffset.UTC).plusMonths(1).toString())).statusCode(201);

        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
            page.setDefaultTimeout(30_000);

            // the office opens the dashboard and logs in through the realm's own login page
            page.navigate(gateway + "/dashboard/");
            page.waitForSelector("body[data-ready=true]");
            page.click("#login");
            page.waitForSelector("#kc-login");
            assertTrue(page.url().startsWith(platform.keycloakUrl() + "/realms/enforcement/"), page.url());
            page.fill("#username", "jm-office");
            page.fill("#password", Keycloak.DEV_PASSWORD);
            page.click("#kc-login");
            page.waitForURL(url -> url.startsWith(gateway + "/dashboard/") && !url.contains("code="));

            // the tiles fill from the live stream
            page.waitForFunction("document.querySelectorAll('#summary .tile').length >= 4");
            page.waitForSelector("#live.on");
            assertEquals("jm-office", page.textContent("#user"));
            assertTrue(page.textContent("#summary").contains("3 / 3"), page.textContent("#summary"));
            page.waitForSelector("#services [data-service=case]");
            page.waitForSelector("#tasks .column");
            assertFalse(overdueAgencies(page).contains(bank), "the new bank has nothing overdue yet");
            page.evaluate("window.__sameDocument = true");

            // a clerk files a case: the nationwide inquiry reaches the new bank, which does not answer in time
            Desk.as(keycloak, "clerk-zy").fileCase(TestData.filing(TestData.caseNumber(), "66000.00",
                    TestData.personRespondent("陈十三", TestData.personId())));
            page.waitForSelector("#overdue text[data-key='" + bank + "']",
                    new Page.WaitForSelectorOptions().setTimeout(Platform.BANK_INQUIRY_DUE.plusSeconds(30).toMillis()));
            assertEquals(true, page.evaluate("window.__sameDocument === true"), "updated live, without a reload");
            theJointMeetingBoardsShowTheTestsData(page, office, task);

            // words, not codes: the new bank by its registered name, the court, statuses, kinds, money
            page.waitForFunction("[...document.querySelectorAll('#overdue text[data-key]')]"
                    + ".some(e => e.textContent === '苏州银行（看板测试）')");
            String text = page.innerText("main");
            for (String label : List.of("苏州银行（看板测试）", "苏州市中级人民法院", "已立案", "银行存款查询")) {
                assertTrue(text.contains(label), "the dashboard shows " + label + ":\n" + text);
            }
            assertFalse(text.contains(bank), "the bank is named, not shown by its id " + bank + ":\n" + text);
            assertEquals(List.of(), RAW.matcher(text).results().map(MatchResult::group).toList(),
                    "raw codes on the page:\n" + text);
            String owed = page.textContent("#summary .tile.amount .value");
            assertTrue(MONEY.matcher(owed).matches(), "the amount owed is money with two decimals: " + owed);
            assertTrue(MONEY.matcher(page.innerText("#services [data-service=case] table")).find(),
                    "the cases per court show their amounts with two decimals");
            assertEquals(List.of(), clipped(page), "what does not fit at 1280 px");

            Files.createDirectories(SCREENSHOT.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
            page.screenshot(new Page.ScreenshotOptions().setPath(FULL_PAGE).setFullPage(true));
            System.out.println("[dashboard] screenshots " + SCREENSHOT.toAbsolutePath() + ", " + FULL_PAGE.toAbsolutePath());
        }
    }

    /**
     * The key-task board holds the office's task with its owner unit's name; the intermediate court (selected in the
     * court tree) shows at least the cases filed this year that the figures API counted after the clerk's filing, and
     * its trend chart has a point for this month.
     */
    private static void theJointMeetingBoardsShowTheTestsData(Page page, Desk office, String task) {
        page.waitForFunction("t => [...document.querySelectorAll('#task-board .item')].some(i => i.textContent"
                + ".includes(t) && i.textContent.includes('工商银行苏州分行'))", task);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<Map<String, Object>> courts = office.get("/api/cases/figures?court=C320500&from="
                + today.withDayOfYear(1) + "&to=" + today).statusCode(200).extract().path("courts");
        long filed = courts.stream().filter(c -> "C320500".equals(c.get("courtCode")))
                .mapToLong(c -> ((Number) c.get("filed")).longValue()).sum();
        assertTrue(filed >= 1, "the clerk's case is counted");
        page.waitForFunction("n => Number((document.querySelector('#court-figures .tile .value') || {}).textContent"
                + "?.replace(/,/g, '')) >= n", (int) filed, new Page.WaitForFunctionOptions().setTimeout(40_000));
        // this month's rate of cases concluded is a point of the trend chart (the month has cases, so it has a rate)
        page.waitForSelector("#trend-chart circle[data-rate=concludedRate][data-month='"
                + today.toString().substring(0, 7) + "']");
    }

    /** Boxes whose content is wider than the box, chart labels past their chart, a page wider than the window. */
    @SuppressWarnings("unchecked")
    private static List<String> clipped(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const out = [];
                  if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth);
                  document.querySelectorAll('header, .card, .tile, .tile .value, .tile .label, td, th, h1, h2, h3, .column')
                    .forEach(e => { if (e.scrollWidth > e.clientWidth + 1) out.push(e.tagName + ' ' + e.className + ': ' + e.textContent.slice(0, 40)); });
                  document.querySelectorAll('svg').forEach(svg => svg.querySelectorAll('text').forEach(t => {
                    const box = t.getBBox();
                    if (box.x + box.width > svg.viewBox.baseVal.width + 0.5) out.push('chart label ' + t.textContent);
                  }));
                  return out;
                }""");
    }

    /** The admin registers a bank the dashboard has never shown (its id is unique to this run). */
    private static String aNewBankJoins(Keycloak keycloak) {
        int n = (int) (System.nanoTime() % 900);
        String id = "BANK-DASH" + n;
        Desk.as(keycloak, "admin").post("/api/agencies", Map.of("id", id, "kind", "BANK", "name", "苏州银行（看板测试）",
                "bankCode", "9" + String.format("%02d", n % 100) + n, "jurisdiction", List.of(), "channel", "PULL"))
                .statusCode(201).body("id", equalTo(id));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<String> overdueAgencies(Page page) {
        return (List<String>) page.evaluate(
                "[...document.querySelectorAll('#overdue text[data-key]')].map(e => e.dataset.key)");
    }
}
