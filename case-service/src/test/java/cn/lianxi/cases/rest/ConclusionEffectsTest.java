package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.RoundEndFixtures.act;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** A conclusion has its effects on the court's side: the freezes it releases get unfreeze orders linked to them. */
@QuarkusTest
class ConclusionEffectsTest {

    static final String UNFREEZE_TYPE = "cn.lianxi.case.unfreeze-ordered.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    static Map<String, Object> freeze(String bank, String account, String amount) {
        return Map.of("bankCode", bank, "accountNumber", account, "amount", amount);
    }

    /** The request ids of the case's FREEZE_ORDERED entries, by account number. */
    static Map<String, String> freezeRequests(String id) {
        JsonPath t = Fixtures.timeline(id);
        List<Map<String, Object>> orders = t.getList("findAll { it.kind == 'FREEZE_ORDERED' }.detail.order");
        return orders.stream().collect(Collectors.toMap(o -> (String) o.get("accountNumber"),
                o -> (String) o.get("requestId")));
    }

    @Test
    @DisplayName("执行完毕 releases every freeze in force: one UNFREEZE_ORDERED per freeze, linked by freezeRequestId, "
            + "on the timeline and published with the conclusion; a freeze already being released is not ordered twice")
    void fullPerformanceUnfreezesTheFreezesInForce() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        act(id, "freeze-orders", freeze("ICBC", "6222000000000001", "400.00")).statusCode(200);
        act(id, "freeze-orders", freeze("BOC", "6222000000000002", "300.00")).statusCode(200);
        act(id, "freeze-orders", freeze("ABC", "6222000000000003", "200.00")).statusCode(200);
        Map<String, String> freezes = freezeRequests(id);
        Fixtures.approved(id, act(id, "unfreeze-orders", Map.of("bankCode", "ABC", "accountNumber",
                "6222000000000003", "freezeRequestId", freezes.get("6222000000000003"))));
        act(id, "payments", Map.of("amount", "1000.00", "source", "VOLUNTARY", "transferReference",
                Fixtures.transfer())).statusCode(200).body("readyToConclude", equalTo(true));

        act(id, "transitions", Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"))
                .statusCode(200).body("status", equalTo("CONCLUDED"));

        List<String> kinds = Fixtures.timelineKinds(id);
        assertEquals(List.of("CASE_CONCLUDED", "UNFREEZE_ORDERED", "UNFREEZE_ORDERED"),
                kinds.subList(kinds.size() - 3, kinds.size()), kinds.toString());
        JsonPath t = Fixtures.timeline(id);
        List<String> linked = t.getList("findAll { it.kind == 'UNFREEZE_ORDERED' }.detail.order.freezeRequestId");
        assertEquals(List.of(freezes.get("6222000000000003"), freezes.get("6222000000000001"),
                freezes.get("6222000000000002")), linked);

        List<JsonNode> unfreezes = Fixtures.records(kafka, Topics.ENFORCEMENT_CASES,
                r -> id.equals(r.key()) && UNFREEZE_TYPE.equals(Fixtures.header(r, "ce_type")), 3).stream()
                .map(r -> Fixtures.json(r.value())).toList();
        Set<String> published = unfreezes.stream().map(e -> e.path("detail").path("order"))
                .map(order -> order.path("accountNumber").asText() + "→" + order.path("freezeRequestId").asText())
                .collect(Collectors.toSet());
        assertEquals(Set.of("6222000000000001→" + freezes.get("6222000000000001"),
                "6222000000000002→" + freezes.get("6222000000000002"),
                "6222000000000003→" + freezes.get("6222000000000003")), published);
        JsonNode effect = unfreezes.stream().filter(e -> e.path("detail").path("order").path("accountNumber").asText().equals("6222000000000001"))
                .findFirst().orElseThrow();
        assertEquals("CONCLUDED", effect.path("status").asText(), "the effect comes after the conclusion");
    }

    @Test
    @DisplayName("执转破 hands the freezes to the bankruptcy court (企业破产法 art. 19): no unfreeze order")
    void bankruptcyTransferKeepsTheFreezes() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        act(id, "freeze-orders", freeze("ICBC", "6222000000000009", "500.00")).statusCode(200);
        act(id, "transitions", Map.of("targetStatus", "CONCLUDED", "conclusionType", "BANKRUPTCY_TRANSFER"))
                .statusCode(200);
        List<String> kinds = Fixtures.timelineKinds(id);
        assertEquals("CASE_CONCLUDED", kinds.get(kinds.size() - 1), kinds.toString());
        assertEquals(0, kinds.stream().filter("UNFREEZE_ORDERED"::equals).count(), kinds.toString());
    }
}
