package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The AsyncAPI document must describe every topic and every case event kind the code knows. */
class AsyncApiDocumentTest {

    private static String document() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTopicHasAChannel() throws Exception {
        String doc = document();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String topic = (String) field.get(null);
                String address = topic.endsWith(".") ? topic + "{kind}.v1" : topic;
                assertTrue(doc.contains("address: " + address), "no AsyncAPI channel for " + address);
            }
        }
    }

    @Test
    void everyEventKindAndConclusionTypeIsListed() throws Exception {
        String doc = document();
        for (Enum<?>[] values : new Enum<?>[][] {CaseEventKind.values(), CourtEventKind.values(),
            ConclusionType.values()}) {
            for (Enum<?> value : values) {
                assertTrue(doc.contains(value.name()), "AsyncAPI does not list " + value);
            }
        }
    }

    @Test
    void everyEventRecordHasASchemaWithAllItsFields() throws Exception {
        String doc = document();
        for (Class<?> record : new Class<?>[] {CaseEvent.class, ReferralOutcome.class, SanctionEvent.class,
            CourtCaseEvent.class, ReferralDispatch.class, AgencyResult.class}) {
            int start = doc.indexOf("\n    " + record.getSimpleName() + ":\n", doc.indexOf("  schemas:"));
            assertTrue(start > 0, "no AsyncAPI schema for " + record.getSimpleName());
            var next = java.util.regex.Pattern.compile("\n    [A-Z]\\w*:\n").matcher(doc);
            String schema = doc.substring(start, next.find(start + 1) ? next.start() : doc.length());
            for (var component : record.getRecordComponents()) {
                assertTrue(schema.contains(" " + component.getName() + ":"),
                        record.getSimpleName() + "." + component.getName() + " is not in its AsyncAPI schema");
            }
        }
    }
}
