package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The canonical form: sorted, compact, without nulls, plain decimals, ISO times, type ids kept, stable. */
class CanonicalTest {

    record Measure(String caseNo, BigDecimal amount, Instant at, LocalDate due, String note, Map<String, Object> extra) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({ @JsonSubTypes.Type(value = Freeze.class, name = "FREEZE") })
    interface Action {
    }

    record Freeze(String account, BigDecimal amount) implements Action {
    }

    @Test
    void propertiesAndKeysAreSortedAndNullsLeftOut() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("z", 1);
        extra.put("a", List.of("x"));
        Measure measure = new Measure("(2026)苏0505执1号", new BigDecimal("1E+3"), Instant.parse("2026-12-03T08:00:00.123456Z"),
                LocalDate.of(2026, 12, 31), null, extra);

        assertEquals("{\"amount\":1000,\"at\":\"2026-12-03T08:00:00.123456Z\",\"caseNo\":\"(2026)苏0505执1号\","
                + "\"due\":\"2026-12-31\",\"extra\":{\"a\":[\"x\"],\"z\":1}}", Canonical.text(measure));
    }

    @Test
    void mapOrderDoesNotMatter() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", "2");
        one.put("a", new BigDecimal("0.10"));
        Map<String, Object> two = new HashMap<>();
        two.put("a", new BigDecimal("0.10"));
        two.put("b", "2");

        assertArrayEquals(Canonical.bytes(one), Canonical.bytes(two));
        assertEquals("{\"a\":0.10,\"b\":\"2\"}", Canonical.text(two));
    }

    @Test
    void typeIdsAreKeptAndTheBytesAreStable() {
        Action action = new Freeze("6222", new BigDecimal("12.50"));

        String text = Canonical.text(action);

        assertEquals("{\"type\":\"FREEZE\",\"account\":\"6222\",\"amount\":12.50}", text);
        assertArrayEquals(Canonical.bytes(action), Canonical.bytes(new Freeze("6222", new BigDecimal("12.50"))));
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Canonical.sha256(new byte[0]));
    }
}
