package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docs/problems.md lists exactly the catalogue's types, each with its status and title; titles are for people. */
class ProblemTypesDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| ([0-9, ]+) \\| ([^|]+) \\|",
            Pattern.MULTILINE);

    @Test
    void theDocumentListsEveryTypeWithItsStatusAndTitle() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "problems.md"));
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2).strip(), row.group(3).strip()});
        }
        Set<String> slugs = Arrays.stream(ProblemType.values()).map(ProblemType::slug).collect(Collectors.toSet());
        assertEquals(slugs, rows.keySet(), "docs/problems.md and ProblemType list the same slugs");
        for (ProblemType type : ProblemType.values()) {
            String[] documented = rows.get(type.slug());
            assertTrue(Arrays.asList(documented[0].split(",\\s*")).contains(String.valueOf(type.status())),
                    type + " is documented with its status " + type.status());
            assertEquals(type.title(), documented[1], type + "'s title");
        }
    }

    @Test
    void titlesAreWordsAndUrisLeadBackToTheirType() {
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.slug().matches("[a-z]+(-[a-z]+)*"), type.slug());
            assertTrue(Character.isUpperCase(type.title().charAt(0)), "a title starts as a sentence: " + type.title());
            assertFalse(type.title().contains("-") || type.title().equalsIgnoreCase(type.slug()),
                    "no slug as title: " + type.title());
            assertEquals(type, ProblemType.ofUri(type.uri().toString()).orElseThrow());
            assertTrue(type.uri().toString().startsWith(ProblemType.BASE));
        }
    }
}
