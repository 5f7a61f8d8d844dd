package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI document against the records, in both directions: every contract type has its schema and every
 * schema a type; each record schema has exactly the record's fields, typed and sized as declared, {@code required}
 * exactly when the component is {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty} or primitive, and {@code null}
 * allowed exactly when the record writes nulls; enums list exactly their constants; discriminators name exactly the
 * {@code @JsonSubTypes}; every topic has its channel.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = ContractJsonTest.JSON;
    private static final JsonNode DOC = AsyncApiSchemas.load().document();
    private static final JsonNode SCHEMAS = DOC.path("components").path("schemas");
    private static final ContractTypes TYPES = ContractTypes.find();
    private static final ExpectedSchemas EXPECTED = new ExpectedSchemas(JSON);
    /** What a reader is told, not what the contract is. */
    private static final Set<String> DOCUMENTATION = Set.of("description", "examples", "title");

    @Test
    void everyContractTypeHasASchemaAndEverySchemaAType() {
        Set<String> expected = new TreeSet<>();
        Stream.of(TYPES.records, TYPES.sealedTypes, TYPES.enums).flatMap(Set::stream)
                .map(ContractTypes::schemaName).forEach(expected::add);
        expected.add(ExpectedSchemas.AMOUNT);
        expected.add(ExpectedSchemas.AMOUNT_OR_ZERO);
        assertEquals(expected, new TreeSet<>(names(SCHEMAS)));
    }

    @Test
    void eachRecordSchemaHasExactlyItsFieldsTypesAndNullability() {
        List<String> differences = new ArrayList<>();
        for (Class<?> record : TYPES.records) {
            String name = ContractTypes.schemaName(record);
            ObjectNode expected = EXPECTED.record(record);
            JsonNode actual = SCHEMAS.path(name);
            for (String key : List.of("type", "additionalProperties")) {
                if (!expected.get(key).equals(actual.get(key))) {
                    differences.add(name + "." + key + " is " + actual.get(key) + ", not " + expected.get(key));
                }
            }
            Set<String> unexpectedKeys = new TreeSet<>(names(actual));
            unexpectedKeys.removeAll(Set.of("type", "additionalProperties", "required", "properties", "allOf"));
            unexpectedKeys.removeAll(DOCUMENTATION);
            if (!unexpectedKeys.isEmpty()) {
                differences.add(name + " has keys the record does not explain: " + unexpectedKeys);
            }
            Set<String> expectedRequired = texts(expected.get("required"));
            Set<String> actualRequired = texts(actual.path("required"));
            if (!expectedRequired.equals(actualRequired)) {
                differences.add(name + ".required is " + actualRequired + ", the record requires " + expectedRequired);
            }
            JsonNode properties = actual.path("properties");
            for (String field : union(names(expected.get("properties")), names(properties))) {
                JsonNode want = expected.get("properties").get(field);
                JsonNode have = properties.get(field);
                if (want == null) {
                    differences.add(name + "." + field + " is in the document but not a field of " + record.getName());
                } else if (have == null) {
                    differences.add(name + "." + field + " is a field of " + record.getName() + " missing in the document");
                } else if (!want.equals(withoutDocumentation(have))) {
                    differences.add(name + "." + field + " is " + withoutDocumentation(have) + ", the record says " + want);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void eachRecordWritesExactlyItsComponentsAsJsonFields() {
        for (Class<?> record : TYPES.records) {
            Set<String> written = JSON.getSerializationConfig().introspect(JSON.constructType(record))
                    .findProperties().stream().filter(BeanPropertyDefinition::couldSerialize)
                    .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> components = ContractTypes.components(record).stream().map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(components, written, record.getName() + " writes other JSON fields than its components");
        }
    }

    @Test
    void eachEnumSchemaListsExactlyItsConstantsAsTheyAreWritten() {
        for (Class<?> type : TYPES.enums) {
            String name = ContractTypes.schemaName(type);
            assertEquals(EXPECTED.enumeration(type), withoutDocumentation(SCHEMAS.path(name)), name);
        }
        assertEquals("integer", SCHEMAS.path("ListingGround").path("type").asText(), "a ground travels as 1 to 6");
    }

    @Test
    void amountsAreCnyWithTwoDecimalsWithinTheAmountBounds() {
        assertEquals(ExpectedSchemas.amount(ExpectedSchemas.defaultAmountMinimum()),
                withoutDocumentation(SCHEMAS.path(ExpectedSchemas.AMOUNT)));
        assertEquals(ExpectedSchemas.amount("0.00"), withoutDocumentation(SCHEMAS.path(ExpectedSchemas.AMOUNT_OR_ZERO)));
        assertEquals(0, Money.MAX.compareTo(SCHEMAS.path(ExpectedSchemas.AMOUNT).path("maximum").decimalValue()));
        for (String amount : List.of(ExpectedSchemas.AMOUNT, ExpectedSchemas.AMOUNT_OR_ZERO)) {
            assertTrue(SCHEMAS.path(amount).path("description").asText().contains("CNY, exactly two decimals"), amount);
        }
    }

    @Test
    void discriminatedSchemasNameEachRecordByItsJsonTypeBothWays() {
        for (Class<?> sealed : TYPES.sealedTypes) {
            String name = ContractTypes.schemaName(sealed);
            ObjectNode expected = EXPECTED.sealed(sealed);
            JsonNode actual = withoutDocumentation(SCHEMAS.path(name));
            assertEquals(names(expected), names(actual), name + ": oneOf with a discriminator, or anyOf");
            String alternatives = expected.has("oneOf") ? "oneOf" : "anyOf";
            assertEquals(refs(expected.get(alternatives)), refs(actual.get(alternatives)), name + "." + alternatives);
            assertEquals(expected.get("discriminator"), actual.get("discriminator"), name + ".discriminator");
            assertEquals(Set.copyOf(ContractTypes.leaves(sealed)),
                    Set.copyOf(ContractTypes.subtypeNames(sealed).values()),
                    name + ": @JsonSubTypes and the permitted records differ");
        }
        for (Class<?> sealed : List.of(CourtCaseEvent.class, ReferralResult.class)) {
            String discriminator = SCHEMAS.path(ContractTypes.schemaName(sealed)).path("discriminator").asText();
            Map<String, String> inDocument = new TreeMap<>();
            for (String ref : refs(SCHEMAS.path(ContractTypes.schemaName(sealed)).path("oneOf"))) {
                String schema = ref.substring(ExpectedSchemas.ref("").length());
                inDocument.put(SCHEMAS.path(schema).path("properties").path(discriminator).path("const").asText(), schema);
            }
            assertEquals(mapping(sealed), inDocument, sealed.getSimpleName() + ": " + discriminator + " → schema");
        }
    }

    @Test
    void aCaseEventsKindChoosesItsDetailRecordBothWays() {
        Map<String, String> inDocument = new TreeMap<>();
        for (JsonNode rule : SCHEMAS.path("CaseEvent").path("allOf")) {
            String kind = rule.at("/if/properties/kind/const").asText();
            String detail = rule.at("/then/properties/detail/$ref").asText();
            if (!kind.isEmpty() && inDocument.put(kind, detail.substring(ExpectedSchemas.ref("").length())) != null) {
                throw new AssertionError("CaseEvent names the detail of " + kind + " twice");
            }
        }
        assertEquals(mapping(CaseEventDetail.class), inDocument, "CaseEvent: kind → detail schema");
        assertTrue(texts(SCHEMAS.path("CaseEvent").path("required")).containsAll(Set.of("kind", "detail")));
    }

    @Test
    void everyKindHasExactlyOneRecordAndThatRecordSaysItsKind() throws Exception {
        assertKindsAreRecords(CourtEventKind.class, CourtCaseEvent.class);
        assertKindsAreRecords(CaseEventKind.class, CaseEventDetail.class);
    }

    private static void assertKindsAreRecords(Class<? extends Enum<?>> kinds, Class<?> sealed) throws Exception {
        Map<String, Class<?>> named = ContractTypes.subtypeNames(sealed);
        Set<String> constants = Arrays.stream(kinds.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(constants, new TreeSet<>(named.keySet()), kinds.getSimpleName() + " and the records of " + sealed);
        assertEquals(named.size(), Set.copyOf(named.values()).size(), "one record per kind");
        for (var entry : named.entrySet()) {
            Object blank = blank(entry.getValue());
            Object kind = entry.getValue().getMethod("kind").invoke(blank);
            assertEquals(entry.getKey(), ((Enum<?>) kind).name(), entry.getValue() + ".kind()");
        }
    }

    /** A court's, an agency's topics and each referral kind's, as {@link Topics} names them for one court and bank. */
    private static final String COURT_TOPIC = Topics.courtCaseEvents("C320508");
    private static final String RESULTS_TOPIC = Topics.agencyResults("BANK-CMB");

    @Test
    void everyTopicHasAChannelAndEveryReferralKindItsDispatchTopic() throws Exception {
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().endsWith("_PATTERN") && !field.getName().endsWith("_PREFIX")) {
                String topic = (String) field.get(null);
                assertTrue(addresses().contains(topic), "no AsyncAPI channel for " + field.getName() + " = " + topic);
            }
        }
        AsyncApiSchemas schemas = AsyncApiSchemas.load();
        assertEquals(Set.of("CourtCaseEvent"), schemas.payloadSchemasOf(COURT_TOPIC), COURT_TOPIC);
        assertEquals(Set.of("AgencyResult"), schemas.payloadSchemasOf(RESULTS_TOPIC), RESULTS_TOPIC);
        JsonNode kind = DOC.at("/channels/referralDispatch/parameters/kind/enum");
        Set<String> slugs = Arrays.stream(ReferralKind.values()).map(ReferralKind::slug)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(slugs, texts(kind), "the dispatch channel's kinds");
        for (ReferralKind k : ReferralKind.values()) {
            assertEquals(Set.of("ReferralDispatch"), schemas.payloadSchemasOf(Topics.referralDispatch("BANK-CMB", k.slug())),
                    k.name());
        }
    }

    /**
     * The services subscribe to every court's and every agency's own topic by pattern: the patterns find exactly those
     * topics (never a dead-letter topic, never another agency's kind of topic) and give back their court or agency.
     */
    @Test
    void theTopicPatternsFindEachCourtsAndEachAgencysOwnTopicAndNothingElse() {
        assertEquals("C320508", Topics.courtOf(COURT_TOPIC));
        assertEquals("BANK-CMB", Topics.agencyOfResults(RESULTS_TOPIC));
        for (String other : List.of(Topics.COURT_CASE_EVENTS_DLQ, Topics.ENFORCEMENT_CASES, RESULTS_TOPIC,
                Topics.referralDispatch("BANK-CMB", "deduction"), "court.C32050.case-events.v1",
                "court.c320508.case-events.v1", "court.C320508.case-events.v1.x")) {
            assertEquals(null, Topics.courtOf(other), other);
        }
        for (String other : List.of("agency.results.dlq.agency-liaison-service.v1", COURT_TOPIC,
                Topics.referralDispatch("BANK-CMB", "deduction"), "agency.bank-cmb.results.v1",
                "agency.BANK-CMB.results.v1.x")) {
            assertEquals(null, Topics.agencyOfResults(other), other);
        }
    }

    /**
     * Both ways: every topic a service reads, writes or dead-letters to has a channel; every channel is used. A
     * channel subscribed by pattern ({@code …pattern=true}) must use exactly the pattern {@link Topics} declares.
     */
    @Test
    void everyTopicTheServicesConfigureHasAChannelAndEveryChannelIsUsed() throws IOException {
        Set<String> configured = new TreeSet<>();
        Set<String> patterns = new TreeSet<>();
        Pattern topicProperty = Pattern.compile("mp\\.messaging\\.[\\w.-]+\\.topic");
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            // each service's own settings, and service-kit's defaults (the outbox channel's topic)
            for (Path file : modules.flatMap(m -> Stream.of(m.resolve("src/main/resources/application.properties"),
                    m.resolve("src/main/resources/META-INF/microprofile-config.properties")))
                    .filter(Files::exists).toList()) {
                Properties properties = new Properties();
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (topicProperty.matcher(key).matches()) {
                        String channelPattern = key.substring(0, key.length() - "topic".length()) + "pattern";
                        boolean byPattern = Boolean.parseBoolean(properties.getProperty(channelPattern));
                        (byPattern ? patterns : configured).add(properties.getProperty(key));
                    }
                }
            }
        }
        assertFalse(configured.isEmpty(), "the services' application.properties were not found from " + Path.of("").toAbsolutePath());
        assertTrue(configured.contains(Topics.OUTBOX_DEFAULT), "service-kit's outbox channel names " + Topics.OUTBOX_DEFAULT);
        assertEquals(Set.of(Topics.COURT_CASE_EVENTS_PATTERN, Topics.AGENCY_RESULTS_PATTERN), patterns,
                "the channels subscribed by pattern use Topics' patterns");
        configured.addAll(List.of(COURT_TOPIC, RESULTS_TOPIC));
        AsyncApiSchemas schemas = AsyncApiSchemas.load();
        for (String topic : configured) {
            assertTrue(schemas.hasChannel(topic), "no AsyncAPI channel for configured topic " + topic);
            assertEquals(topic.equals(Topics.OUTBOX_DEFAULT), schemas.messagesOf(topic).isEmpty(),
                    topic + ": every topic but the outbox's unused default carries a message");
        }
        Set<String> known = new TreeSet<>(configured);
        known.remove(COURT_TOPIC);
        known.remove(RESULTS_TOPIC);
        known.add(Topics.courtCaseEvents("{courtCode}")); // written by each court, read by pattern
        known.add(Topics.agencyResults("{agencyId}")); // written by each agency, read by pattern
        known.add(Topics.referralDispatch("{agencyId}", "{kind}")); // named per referral by agency-liaison-service
        for (String address : addresses()) {
            assertTrue(known.contains(address), "channel " + address + " is not a topic any service uses");
        }
    }

    /**
     * The headers as the outbox relay writes them: the CloudEvents type of every kind the records can be matches its
     * message's {@code ce_type} pattern, and the source is the publishing service's.
     */
    @Test
    void everyCloudEventsTypeTheRecordsWriteMatchesItsMessage() {
        Map<String, List<String>> typesByTopic = new TreeMap<>();
        typesByTopic.put(Topics.ENFORCEMENT_CASES, Arrays.stream(CaseEventKind.values()).map(CaseEventKind::ceType).toList());
        typesByTopic.put(Topics.REFERRAL_OUTCOMES, Arrays.stream(OutcomeType.values())
                .map(o -> "cn.lianxi.liaison.outcome." + o.slug() + ".v1").toList());
        for (ReferralKind kind : ReferralKind.values()) {
            typesByTopic.put(Topics.referralDispatch("BANK-CMB", kind.slug()), List.of(ReferralDispatch.ceType(kind)));
        }
        typesByTopic.put(Topics.CREDIT_SANCTIONS, Arrays.stream(SanctionKind.values()).flatMap(k -> Arrays
                .stream(SanctionChange.values()).map(c -> "cn.lianxi.credit." + k.slug() + "." + c.slug() + ".v1"))
                .toList());
        typesByTopic.put(Topics.AGENCY_DIRECTORY, List.of(AgencyChanged.CE_TYPE));
        AsyncApiSchemas schemas = AsyncApiSchemas.load();
        for (var topic : typesByTopic.entrySet()) {
            List<JsonNode> messages = schemas.messagesOf(topic.getKey());
            assertEquals(1, messages.size(), topic.getKey());
            JsonNode headers = messages.get(0).path("headers");
            Pattern type = Pattern.compile(headers.at("/properties/ce_type/pattern").asText("(no pattern)"));
            for (String ceType : topic.getValue()) {
                assertTrue(type.matcher(ceType).matches(), topic.getKey() + ": " + ceType + " does not match " + type);
            }
            assertTrue(headers.at("/properties/ce_source/const").asText().startsWith("/lianxi/"), topic.getKey());
            assertTrue(texts(headers.path("required")).containsAll(List.of("ce_id", "ce_type", "ce_subject",
                    "traceparent")), topic.getKey() + " requires the CloudEvents headers and traceparent");
        }
    }

    @Test
    void theCourtEventKeyIsDocumentedAsTopicsBuildsIt() {
        JsonNode key = AsyncApiSchemas.load().messagesOf(COURT_TOPIC).get(0).at("/bindings/kafka/key");
        String example = Topics.courtEventKey("C320508", "(2023)苏05执123号");
        assertEquals(example, key.path("examples").path(0).asText());
        assertTrue(Pattern.compile(key.path("pattern").asText()).matcher(example).matches(), key.toString());
        assertTrue(key.path("description").asText().contains(example), "the description shows the format");
    }

    /** A record of the type with every component null, false or zero: enough to ask its {@code kind()}. */
    private static Object blank(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(t -> t == boolean.class ? false : t.isPrimitive() ? 0 : null).toArray();
        return record.getDeclaredConstructor(types).newInstance(values);
    }

    /** Type id → schema name, from {@code @JsonSubTypes}. */
    private static Map<String, String> mapping(Class<?> sealed) {
        Map<String, String> mapping = new TreeMap<>();
        ContractTypes.subtypeNames(sealed).forEach((id, type) -> mapping.put(id, ContractTypes.schemaName(type)));
        return mapping;
    }

    private static Set<String> addresses() {
        return StreamSupport.stream(DOC.path("channels").spliterator(), false).map(c -> c.path("address").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode withoutDocumentation(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                if (!DOCUMENTATION.contains(e.getKey()) && !e.getKey().startsWith("x-")) {
                    copy.set(e.getKey(), withoutDocumentation(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(withoutDocumentation(element)));
            return copy;
        }
        return node;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static Set<String> refs(JsonNode alternatives) {
        Set<String> refs = new TreeSet<>();
        alternatives.forEach(a -> refs.add(a.path("$ref").asText()));
        return refs;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
