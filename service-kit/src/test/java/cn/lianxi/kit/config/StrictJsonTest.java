package cn.lianxi.kit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Two readers of the same bytes must see the same document, and money keeps its decimals. */
class StrictJsonTest {

    private final ObjectMapper mapper = StrictJson.configure(new ObjectMapper());

    @Test
    void aKeyTwiceIsRefused() {
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"amount\":1.00,\"amount\":9.00}"));
    }

    @Test
    void trailingGarbageIsRefused() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"a\":1} {\"a\":2}", JsonNode.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"a\":1}x", JsonNode.class));
    }

    @Test
    void amountsAreExactDecimalsInTreesAndMaps() throws Exception {
        JsonNode tree = mapper.readTree("{\"balance\":12000000.00,\"total\":24962000000.10}");
        assertEquals(new BigDecimal("12000000.00"), tree.get("balance").decimalValue());
        assertEquals("24962000000.10", tree.get("total").decimalValue().toPlainString());
        Object read = mapper.readValue("12000000.00", Object.class);
        assertEquals(new BigDecimal("12000000.00"), read);
    }

    @Test
    void aNumberIsNotText() {
        record Named(String caseNumber) {
        }
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"caseNumber\":123}", Named.class));
    }
}
