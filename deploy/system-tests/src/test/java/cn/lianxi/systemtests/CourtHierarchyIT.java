package cn.lianxi.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 三统一 (one management, command and coordination of a city's courts by its intermediate court): the head of
 * enforcement of 苏州中院 (C320500) sees the cases of its basic courts 虎丘区 (C320505) and 姑苏区 (C320508) and moves one
 * from the first to the second (交叉执行); 姑苏区's clerk then holds it and 虎丘区's no longer sees it, while a basic
 * court's officer can neither read the other basic court's cases nor move a case.
 */
@ExtendWith(PlatformExtension.class)
class CourtHierarchyIT {

    static Desk head;
    static Desk huqiu;
    static Desk gusu;

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        head = Desk.as(keycloak, "head-zy");
        huqiu = Desk.as(keycloak, "clerk-hq");
        gusu = Desk.as(keycloak, "clerk-gs");
    }

    @Test
    void theIntermediateCourtSeesAndSteersItsBasicCourtsAndABasicCourtSeesOnlyItsOwn() {
        List<Map<String, Object>> courts = head.list("/api/courts");
        Map<String, Object> huqiuCourt = courts.stream().filter(c -> "C320505".equals(c.get("code"))).findFirst()
                .orElseThrow();
        assertEquals("BASIC", huqiuCourt.get("level"));
        assertEquals("C320500", huqiuCourt.get("parentCode"));

        String moved = huqiu.fileCase(TestData.filing(TestData.caseNumber(), "66000.00",
                TestData.personRespondent("赵十五", TestData.personId()))).get("id").toString();
        String gusuCase = gusu.fileCase(TestData.filing(TestData.caseNumber(), "12000.00",
                TestData.personRespondent("钱十六", TestData.personId()))).get("id").toString();

        // the intermediate court's head reads both basic courts' cases
        assertTrue(ids(head.list("/api/cases?court=C320505&size=500")).contains(moved));
        assertTrue(ids(head.list("/api/cases?court=C320508&size=500")).contains(gusuCase));
        head.get("/api/cases/" + gusuCase).statusCode(200).body("courtCode", equalTo("C320508"));

        // a basic court's officer sees nothing of the other basic court's case and moves nothing
        gusu.get("/api/cases?court=C320505").statusCode(403);
        gusu.get("/api/cases/" + moved).statusCode(in(List.of(403, 404)));
        gusu.post("/api/cases/" + gusuCase + "/court-transfer", Map.of("toCourt", "C320505", "mode", "CROSS",
                "reason", "越权移送")).statusCode(403);
        head.post("/api/cases/" + moved + "/court-transfer", Map.of("toCourt", "C999999", "mode", "CROSS",
                "reason", "不存在的法院")).statusCode(422);

        // 交叉执行: the head moves 虎丘区's case to 姑苏区
        head.post("/api/cases/" + moved + "/court-transfer", Map.of("toCourt", "C320508", "mode", "CROSS",
                "reason", "被执行人住所地在姑苏区，交叉执行")).statusCode(200).body("courtCode", equalTo("C320508"));
        gusu.get("/api/cases/" + moved).statusCode(200).body("courtCode", equalTo("C320508"));
        huqiu.get("/api/cases/" + moved).statusCode(in(List.of(403, 404)));
        assertTrue(gusu.timeline(moved).stream().anyMatch(e -> e.get("kind").toString().contains("TRANSFER")),
                "the transfer is on the case's timeline");
    }

    private static List<String> ids(List<Map<String, Object>> cases) {
        return cases.stream().map(c -> c.get("id").toString()).toList();
    }
}
