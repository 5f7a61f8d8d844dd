package cn.lianxi.gateway.bulletin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.gateway.support.StubbedServices;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The 通报 composed from the (stubbed) services with the caller's token: JSON, the printable page, PDF read back with
 * PDFBox and the workbook read back with POI; a figures part whose service fails is marked, never a 500.
 */
@QuarkusTest
class BulletinTest {

    static final String PERIOD = "?from=2026-12-01&to=2026-12-31";
    static final String NUMBER = "联席办〔2026〕3号";

    @StubbedServices
    WireMockServer services;

    @StubbedLiaison
    WireMockServer liaison;

    final String token = Tokens.withRole("jm-office");

    @BeforeEach
    void stubServices() {
        String bearer = "Bearer " + token;
        liaison.stubFor(get(urlEqualTo("/joint-meeting/bulletins/3")).withHeader("Authorization", equalTo(bearer))
                .willReturn(fixture("bulletin.json")));
        liaison.stubFor(get(urlEqualTo("/joint-meeting/bulletins/404"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        liaison.stubFor(get(urlEqualTo("/liaison-stats/figures" + PERIOD)).withHeader("Authorization", equalTo(bearer))
                .willReturn(fixture("liaison-figures.json")));
        liaison.stubFor(get(urlEqualTo("/agencies")).willReturn(fixture("agencies.json")));
        services.stubFor(get(urlEqualTo("/cases/figures" + PERIOD)).withHeader("Authorization", equalTo(bearer))
                .willReturn(fixture("cases-figures.json")));
        services.stubFor(get(urlEqualTo("/court-requests/figures" + PERIOD))
                .willReturn(fixture("court-requests-figures.json")));
        services.stubFor(get(urlEqualTo("/cases/assessment?from=2026-12&to=2026-12"))
                .willReturn(fixture("assessment.json")));
        services.stubFor(get(urlEqualTo("/credit-stats/figures" + PERIOD)).willReturn(fixture("credit-figures.json")));
        services.stubFor(get(urlEqualTo("/cases/stats")).willReturn(fixture("case-stats.json")));
    }

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void theBulletinComesWithTheFiguresOfItsPeriodFromEveryService() {
        String body = given().auth().oauth2(token).when().get("/api/bulletins/3")
                .then().statusCode(200).contentType("application/json")
                .body("bulletin.number", is(NUMBER))
                .body("bulletin.sections[0].unitName", is("苏州市中级人民法院"))
                .body("from", is("2026-12-01")).body("to", is("2026-12-31"))
                .body("figures.cases.courts[0].filed", is(1234))
                .body("figures.cases.courts[0].concluded.FULL_PERFORMANCE", is(300))
                .body("figures.courtRequests.requests[0].toCourt", is("C320508"))
                .body("figures.liaison.bankInquiries[0].answeredWithinDeadline", is(35))
                .body("figures.credit.courts[0].liftedOnTime", is(8))
                .body("figures.assessment.months[0].concludedRate", is(0.2763f))
                .body("figures.mechanisms.clockBreachesByCourt[0].breaches", is(4))
                .body("figures.unavailable.size()", is(0))
                .body("agencyNames", nullValue())
                .extract().asString();
        JsonPath exact = JsonPath.from(body).using(
                JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        // amounts at two decimals, to the fen: a double cannot hold 99999999999999.99
        assertEquals(new BigDecimal("99999999999999.99"), exact.get("figures.cases.courts[0].recovered"));
        assertEquals(new BigDecimal("1234567.80"), exact.get("figures.cases.courts[1].recovered"));
        assertEquals(new BigDecimal("5000000.50"), exact.get("figures.assessment.months[0].owed"));
    }

    @Test
    void aPartWhoseServiceFailsIsMarkedUnavailableAndTheRestStillShows() {
        StubMapping down = services.stubFor(get(urlEqualTo("/credit-stats/figures" + PERIOD))
                .willReturn(aResponse().withStatus(503)));
        try {
            given().auth().oauth2(token).when().get("/api/bulletins/3")
                    .then().statusCode(200)
                    .body("figures.credit", nullValue())
                    .body("figures.unavailable.credit", is("answered 503"))
                    .body("figures.cases.courts[0].filed", is(1234));
            String page = given().auth().oauth2(token).when().get("/api/bulletins/3/print")
                    .then().statusCode(200).extract().asString();
            assertTrue(page.contains("暂不可用（answered 503）"), page);
            assertTrue(page.contains("工商银行苏州分行"), "the other parts still show");
        } finally {
            services.removeStub(down);
        }
    }

    @Test
    void theBulletinItselfMustExistAndItsServiceMustAnswer() {
        given().auth().oauth2(token).when().get("/api/bulletins/404")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", is("/api/bulletins/404"));
        liaison.stop();
        try {
            given().auth().oauth2(token).when().get("/api/bulletins/3/pdf")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", containsString("upstream-unavailable"));
        } finally {
            liaison.start();
        }
    }

    @Test
    void onlyTheOfficeAuditorsAndAdminsReadBulletins() {
        given().auth().oauth2(Tokens.courtClerk("C320500")).when().get("/api/bulletins/3")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.withRole("bank")).when().get("/api/bulletins/3/pdf").then().statusCode(403);
        given().when().get("/api/bulletins/3").then().statusCode(401);
        String auditor = Tokens.withRole("auditor");
        // the auditor's own token reaches liaison, which decides for itself
        StubMapping forAuditor = liaison.stubFor(get(urlEqualTo("/joint-meeting/bulletins/3"))
                .withHeader("Authorization", equalTo("Bearer " + auditor)).willReturn(fixture("bulletin.json")));
        try {
            given().auth().oauth2(auditor).when().get("/api/bulletins/3").then().statusCode(200)
                    .body("bulletin.number", is(NUMBER));
        } finally {
            liaison.removeStub(forAuditor);
        }
    }

    @Test
    void thePrintablePageIsChineseWithNumberIssuerSectionsFiguresAndCommendations() {
        String page = given().auth().oauth2(token).when().get("/api/bulletins/3/print")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        for (String expected : List.of("lang=\"zh-CN\"", "重点任务落实情况通报", NUMBER, "苏州市中级人民法院（联席会议办公室） 张三",
                "2027-01-05", "2026-12-01 至 2026-12-31", "苏州市公安局（公安机关）", "执行案件质效提升", "按期推进", "已逾期",
                "提请牵头单位督办", "结案：执行完毕", "99,999,999,999,999.99", "1,234", "苏州市虎丘区人民法院",
                "工商银行苏州分行", "冻结", "27.63%", "先进集体", "李四", "执行到位率全市第一", "考核指标", "信用惩戒")) {
            assertTrue(page.contains(expected), "the page shows " + expected);
        }
        for (String raw : List.of("C320500", "C320508", "BANK-ICBC", "ON_TRACK", "ESCALATED", "COLLECTIVE", "FREEZE",
                "FULL_PERFORMANCE", "https://")) {
            assertFalse(page.contains(raw), "the page shows the raw " + raw);
        }
    }

    @Test
    void thePdfEmbedsItsFontAndItsTextReadsBack() throws IOException {
        byte[] pdf = given().auth().oauth2(token).when().get("/api/bulletins/3/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bulletin.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of(NUMBER, "重点任务落实情况通报", "苏州市中级人民法院", "执行案件质效提升",
                    "99,999,999,999,999.99", "工商银行苏州分行", "李四")) {
                assertTrue(text.contains(expected), "the PDF reads " + expected + ":\n" + text);
            }
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the CJK font is embedded");
        }
    }

    @Test
    void theWorkbookHasASheetPerPartWithNumbersAsNumbers() throws IOException {
        byte[] xlsx = given().auth().oauth2(token).when().get("/api/bulletins/3/xlsx")
                .then().statusCode(200).contentType(BulletinResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("通报", "成员单位", "案件", "查控", "拒执", "信用惩戒", "考核指标", "数据铁笼"), sheets);
            assertTrue(text(workbook.getSheet("通报")).contains(NUMBER));
            assertTrue(text(workbook.getSheet("成员单位")).contains("拒执犯罪线索办理"));
            Row firstCourt = rowStartingWith(workbook.getSheet("案件"), "苏州市中级人民法院");
            assertEquals(CellType.NUMERIC, firstCourt.getCell(1).getCellType(), "counts are numbers");
            assertEquals(1234, firstCourt.getCell(1).getNumericCellValue());
            // amounts keep every fen: their exact text, never a double
            assertEquals("99,999,999,999,999.99", firstCourt.getCell(firstCourt.getLastCellNum() - 1).getStringCellValue());
            Row rates = rowStartingWith(workbook.getSheet("考核指标"), "苏州市中级人民法院");
            assertEquals("27.63%", new DataFormatter().formatCellValue(rates.getCell(4)));
            assertTrue(text(workbook.getSheet("信用惩戒")).contains("按期删除"));
            // issue 19's counts: the data cage's breached clocks and the mechanisms, by their labels
            String cage = text(workbook.getSheet("数据铁笼"));
            assertTrue(cage.contains("立案至首次执行措施") && cage.contains("执转破移送") && cage.contains("已受理"), cage);
        }
    }

    @Test
    void aDraftHasTheFiguresOfAPeriodWithoutABulletin() {
        given().auth().oauth2(token).when().get("/api/bulletins/preview" + PERIOD)
                .then().statusCode(200)
                .body("bulletin", nullValue())
                .body("figures.cases.courts[1].filed", is(77));
        String page = given().auth().oauth2(token).when().get("/api/bulletins/preview/print" + PERIOD)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("重点任务落实情况通报（草稿）"), page);
        given().auth().oauth2(token).when().get("/api/bulletins/preview?from=2026-12-31&to=2026-12-01")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("to"));
        given().auth().oauth2(token).when().get("/api/bulletins/preview?from=12/2026&to=2026-12-31")
                .then().statusCode(400).body("detail", containsString("from"));
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('\t')));
        return all.toString();
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + first + " in " + sheet.getSheetName());
    }

    private static ResponseDefinitionBuilder fixture(String name) {
        try (InputStream in = BulletinTest.class.getResourceAsStream("/bulletin/" + name)) {
            return aResponse().withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
