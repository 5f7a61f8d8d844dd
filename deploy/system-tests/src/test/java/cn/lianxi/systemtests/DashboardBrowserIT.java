package cn.lianxi.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * The run leaves a screenshot in {@code target/dashboard.png}.
 */
@ExtendWith(PlatformExtension.class)
class DashboardBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("lianxi.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOT = Path.of("target", "dashboard.png");

    @Test
    void theOfficeLogsInAndSeesANewOverdueReferralAppearLive(Platform platform) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium: run deploy/local/install-chromium.sh");
        Keycloak keycloak = new Keycloak(platform);
        keycloak.allowWebOrigin(platform.gatewayUrl());
        String gateway = platform.gatewayUrl();
        String bank = aNewBankJoins(keycloak);

        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 1100).setLocale("zh-CN"));
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

            Files.createDirectories(SCREENSHOT.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));
            System.out.println("[dashboard] screenshot " + SCREENSHOT.toAbsolutePath());
        }
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
