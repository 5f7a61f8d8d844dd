package cn.lianxi.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dashboard is served by the gateway, needs nothing from the internet, and knows where to log in. */
@QuarkusTest
class DashboardPageTest {

    @Test
    void thePageAndItsScriptsAreServedWithoutExternalResources() {
        given().when().get("/dashboard/").then().statusCode(200)
                .body(containsString("lang=\"zh-CN\""))
                .body(containsString("联席执行监控大屏"))
                .body(not(containsString("https://")));
        for (String file : new String[] { "app.js", "auth.js", "boards.js", "catalogue.js", "charts.js", "i18n.js", "money.js",
                "style.css" }) {
            given().when().get("/dashboard/" + file).then().statusCode(200).body(not(containsString("//cdn")));
        }
    }

    @Test
    void theCatalogueNamesStatusesKindsAndCourtsInBothLanguages() {
        given().when().get("/dashboard-catalogue").then().statusCode(200)
                .body("CaseStatus.MEASURES_UNDER_WAY.zh", is("执行措施中"))
                .body("CaseStatus.MEASURES_UNDER_WAY.en", is("Measures under way"))
                .body("ReferralKind.BANK_INQUIRY.zh", is("银行存款查询"))
                .body("KeyTaskState.LATE.zh", is("已逾期"))
                .body("Court.C320500.zh", is("苏州市中级人民法院"))
                .body("Figure.concludedRate.zh", is("结案率"))
                .body("Figure.recoveryRate.en", is("Recovery rate"))
                .body("ReportEscalation.ESCALATED.zh", is("提请牵头单位督办"));
    }

    @Test
    void theLoginConfigurationNamesTheRealmAndThePublicClient() {
        given().when().get("/dashboard-config").then().statusCode(200)
                .body("clientId", is("lianxi-web"))
                .body("realmUrl", endsWith("/realms/quarkus"));
    }
}
