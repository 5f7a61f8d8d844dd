package cn.lianxi.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one catalogue of display labels (显示名称), in Chinese and English: every enum value a page shows (case
 * statuses, referral kinds, outcomes, ...), the liaison service's own stages and task states, health states, and the
 * courts by court code. Kept as data in {@code labels.properties} beside this class, so the dashboard (served by the
 * gateway), the printable joint-meeting report and the public answers name things the same way; a page never shows a
 * bare constant or court code where a label exists.
 */
public final class Labels {

    /** The vocabulary of courts, keyed by court code (e.g. {@code C320500}). */
    public static final String COURT = "Court";

    /** One value's label in both languages. */
    public record Label(String zh, String en) {
    }

    private static final Map<String, Map<String, Label>> CATALOGUE = load();

    private Labels() {
    }

    /** Every vocabulary (e.g. {@code CaseStatus}, {@code Court}) with its values' labels, sorted; unmodifiable. */
    public static Map<String, Map<String, Label>> all() {
        return CATALOGUE;
    }

    public static Optional<Label> of(String vocabulary, String value) {
        return Optional.ofNullable(CATALOGUE.getOrDefault(vocabulary, Map.of()).get(value));
    }

    /** The label of an enum constant, from the vocabulary named as its class. */
    public static Optional<Label> of(Enum<?> value) {
        return of(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /** The Chinese label, or the value itself when the catalogue has none (never null for a non-null value). */
    public static String zh(String vocabulary, String value) {
        return value == null ? null : of(vocabulary, value).map(Label::zh).orElse(value);
    }

    /** A court's name, e.g. 苏州市中级人民法院 for {@code C320500}; the code itself for a court not in the catalogue. */
    public static String courtName(String courtCode) {
        return zh(COURT, courtCode);
    }

    private static Map<String, Map<String, Label>> load() {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing beside " + Labels.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Label>> catalogue = new TreeMap<>();
        properties.forEach((key, text) -> {
            String name = (String) key;
            int dot = name.indexOf('.');
            String[] both = ((String) text).split("\\|", -1);
            if (dot <= 0 || both.length != 2 || both[0].isBlank() || both[1].isBlank()) {
                throw new IllegalStateException("labels.properties: '" + name + "' must be Vocabulary.VALUE=中文|English");
            }
            catalogue.computeIfAbsent(name.substring(0, dot), v -> new TreeMap<>())
                    .put(name.substring(dot + 1), new Label(both[0].trim(), both[1].trim()));
        });
        catalogue.replaceAll((vocabulary, values) -> Collections.unmodifiableMap(values));
        return Collections.unmodifiableMap(catalogue);
    }
}
