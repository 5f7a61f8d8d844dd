package cn.lianxi.credit.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventKind;

/** A court's restriction order as case-service publishes it reads as this service's request. */
class CourtOrderDetailTest {

    @Test
    void theCourtsFieldsAndCodesBecomeThisServicesOwn() {
        Map<String, Object> fields = CourtOrderDetail.normalise(CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED,
                Map.of("decisionDate", "2026-11-20", "behaviours", List.of("FLIGHT", "STAR_HOTEL", "HIGH_END_VENUE"),
                        "boundPersons", List.of(Map.of("name", "周八", "idNumber", "320508198001010014",
                                "position", "法定代表人"))),
                "(2026)苏05执1号");
        assertEquals("2026-11-20", fields.get("orderDate"));
        assertEquals("(2026)苏05执1号", fields.get("documentNumber"));
        assertEquals(List.of("FLIGHTS", "STAR_HOTELS_AND_HIGH_END_VENUES"), fields.get("behaviours"));
        assertEquals(List.of(Map.of("name", "周八", "idNumber", "320508198001010014", "role", "LEGAL_REPRESENTATIVE")),
                fields.get("boundPersons"));
    }

    @Test
    void fieldsAlreadyInThisServicesFormPassUnchanged() {
        Map<String, Object> own = Map.of("orderDate", "2026-11-05", "documentNumber", "(2026)苏05执8号限消令",
                "behaviours", List.of("FLIGHTS"), "boundPersons", List.of(Map.of("role", "ACTUAL_CONTROLLER",
                        "name", "钱十")));
        assertEquals(own, CourtOrderDetail.normalise(CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED, own, "x"));
    }
}
