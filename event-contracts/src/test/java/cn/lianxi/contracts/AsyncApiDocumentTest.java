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
    void everyCaseEventKindIsListed() throws Exception {
        String doc = document();
        for (CaseEventKind kind : CaseEventKind.values()) {
            assertTrue(doc.contains(kind.name()), "AsyncAPI does not list " + kind);
        }
    }
}
