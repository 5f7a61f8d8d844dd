package cn.lianxi.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates JSON payloads against the payload schemas of the AsyncAPI document ({@code /asyncapi.yaml}, shipped in
 * the event-contracts jar) with a real JSON-schema validator (networknt, draft 07, which the AsyncAPI schema format
 * extends). Amounts are read as exact decimals, so {@code 1000.001} fails {@code multipleOf: 0.01} exactly as it
 * should and {@code 99999999999999.99} passes.
 * <p>
 * Framework-free (Jackson and the validator only, no JUnit) so that the system tests can validate live records:
 * <pre>{@code
 * AsyncApiSchemas schemas = AsyncApiSchemas.load();                  // or read(Files.newInputStream(file))
 * schemas.assertValidOnTopic("enforcement.cases.v1", record.value());   // the channel's payload schema
 * List<String> problems = schemas.problems("CaseEvent", json);        // or name the schema
 * List<String> all = schemas.recordProblems(topic, key, headers, json); // key, headers and payload
 * }</pre>
 * A message's headers and key are its own {@code headers} and {@code bindings.kafka.key} merged over those of its
 * traits (JSON Merge Patch, the traits in order, the message last, as AsyncAPI 3 merges traits).
 */
public final class AsyncApiSchemas {

    /** The document's own address for the validator; {@code $ref}s inside it resolve against it. */
    private static final String BASE = "https://contracts.lianxi.cn/asyncapi.json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern CHANNEL_PARAMETER = Pattern.compile("\\{[^}]+}");

    /** Reads payloads as the services do: floats as BigDecimal, trailing zeros kept, duplicate keys refused. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private AsyncApiSchemas(JsonNode document) {
        this.document = document;
        String json = document.toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.jsonMapper(JSON).schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, json))));
    }

    /** The document of the event-contracts jar on the class path. */
    public static AsyncApiSchemas load() {
        try (InputStream in = AsyncApiSchemas.class.getResourceAsStream("/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("no /asyncapi.yaml on the class path (it is in event-contracts' jar)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document in {@code yaml}, e.g. a working copy's {@code event-contracts/src/main/resources/asyncapi.yaml}.
     * Its numbers are read as exact decimals: read as doubles, {@code maximum: 99999999999999.99} becomes
     * 9.999999999999998E13 and refuses the largest legal amount.
     */
    public static AsyncApiSchemas read(InputStream yaml) throws IOException {
        YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).build();
        return new AsyncApiSchemas(mapper.readTree(yaml));
    }

    /** The whole AsyncAPI document as a tree. */
    public JsonNode document() {
        return document;
    }

    /** What is wrong with {@code json} as an instance of {@code components.schemas.<schemaName>}; empty if valid. */
    public List<String> problems(String schemaName, String json) {
        JsonNode payload;
        try {
            payload = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return problems(schemaName, payload);
    }

    /** As {@link #problems(String, String)}, for a tree read with decimals kept exact. */
    public List<String> problems(String schemaName, JsonNode payload) {
        String schemaToUse = chosenAlternative(schemaName, payload);
        Set<ValidationMessage> messages = schema(schemaToUse).validate(payload);
        return messages.stream().map(m -> schemaToUse + " " + m.getMessage()).distinct().sorted().toList();
    }

    /** Throws an {@link AssertionError} listing every problem of {@code json} as a {@code schemaName}. */
    public void assertValid(String schemaName, String json) {
        List<String> problems = problems(schemaName, json);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems) + "\nin " + json);
        }
    }

    /** The payload schemas of the messages of the channel whose address matches {@code topic}. */
    public Set<String> payloadSchemasOf(String topic) {
        Set<String> names = new LinkedHashSet<>();
        messagesOf(topic).forEach(message -> names.add(payloadSchemaName(message)));
        return names;
    }

    /** Whether a channel's address matches {@code topic} (a channel may declare no message: nothing is sent there). */
    public boolean hasChannel(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (addressPattern(channel.path("address").asText()).matcher(topic).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The messages of the channel whose address matches {@code topic}, each with its traits merged in. */
    public List<JsonNode> messagesOf(String topic) {
        List<JsonNode> messages = new ArrayList<>();
        document.path("channels").forEach(channel -> {
            if (addressPattern(channel.path("address").asText()).matcher(topic).matches()) {
                channel.path("messages").forEach(message -> messages.add(withTraits(resolve(message))));
            }
        });
        return messages;
    }

    /**
     * What is wrong with a whole record of {@code topic}, its key (null for none), headers (each header's last
     * value, as text) and payload: empty when one of the channel's messages accepts all three.
     */
    public List<String> recordProblems(String topic, String key, Map<String, String> headers, String json) {
        List<JsonNode> messages = messagesOf(topic);
        if (messages.isEmpty()) {
            return List.of(hasChannel(topic) ? "topic " + topic + " carries no message, yet holds a record"
                    : "the AsyncAPI document has no channel for topic " + topic);
        }
        ObjectNode headerTree = JSON.createObjectNode();
        headers.forEach(headerTree::put);
        JsonNode keyNode = key == null ? NullNode.getInstance() : TextNode.valueOf(key);
        List<String> problems = new ArrayList<>();
        for (JsonNode message : messages) {
            String name = message.path("name").asText("message");
            List<String> these = new ArrayList<>(problems(payloadSchemaName(message), json));
            if (message.has("headers")) {
                inline(message.get("headers")).validate(headerTree)
                        .forEach(m -> these.add(name + " headers " + m.getMessage()));
            }
            JsonNode keySchema = message.at("/bindings/kafka/key");
            if (!keySchema.isMissingNode()) {
                inline(keySchema).validate(keyNode).forEach(m -> these.add(name + " key " + m.getMessage()));
            }
            if (these.isEmpty()) {
                return List.of();
            }
            problems.addAll(these.stream().distinct().sorted().toList());
        }
        return problems;
    }

    private JsonSchema inline(JsonNode schema) {
        return factory.getSchema(schema, config);
    }

    /** What is wrong with {@code json} as a record of {@code topic}: valid when one of its messages' payloads fits. */
    public List<String> problemsOnTopic(String topic, String json) {
        Set<String> candidates = payloadSchemasOf(topic);
        if (candidates.isEmpty()) {
            return List.of("the AsyncAPI document has no channel for topic " + topic);
        }
        List<String> problems = new ArrayList<>();
        for (String schema : candidates) {
            List<String> these = problems(schema, json);
            if (these.isEmpty()) {
                return List.of();
            }
            problems.addAll(these);
        }
        return problems;
    }

    /** Throws an {@link AssertionError} unless {@code json} is a valid record of {@code topic}. */
    public void assertValidOnTopic(String topic, String json) {
        List<String> problems = problemsOnTopic(topic, json);
        if (!problems.isEmpty()) {
            throw new AssertionError(topic + ": " + String.join("\n", problems) + "\nin " + json);
        }
    }

    private JsonSchema schema(String name) {
        if (!document.path("components").path("schemas").has(name)) {
            throw new IllegalArgumentException("the AsyncAPI document has no schema " + name);
        }
        return schemas.computeIfAbsent(name, n -> factory.getSchema(SchemaLocation.of(BASE + SCHEMAS + n), config));
    }

    /**
     * For a {@code oneOf} with a {@code discriminator}, the alternative the payload names (its {@code const}), so
     * that the problems are that record's, not every alternative's; otherwise the schema itself. An unknown name
     * keeps the whole {@code oneOf}, which then refuses it.
     */
    private String chosenAlternative(String schemaName, JsonNode payload) {
        JsonNode schema = document.path("components").path("schemas").path(schemaName);
        String discriminator = schema.path("discriminator").asText();
        JsonNode name = payload.path(discriminator);
        if (discriminator.isEmpty() || !name.isTextual()) {
            return schemaName;
        }
        for (JsonNode alternative : schema.path("oneOf")) {
            String ref = alternative.path("$ref").asText();
            String candidate = ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : "";
            JsonNode constant = document.path("components").path("schemas").path(candidate)
                    .path("properties").path(discriminator).path("const");
            if (constant.equals(name)) {
                return candidate;
            }
        }
        return schemaName;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The message with its traits applied: each trait in order, then the message itself, merged as JSON Merge Patch. */
    private JsonNode withTraits(JsonNode message) {
        JsonNode merged = JSON.createObjectNode();
        for (JsonNode trait : message.path("traits")) {
            merged = mergePatch(merged, resolve(trait));
        }
        ObjectNode own = message.deepCopy();
        own.remove("traits");
        return mergePatch(merged, own);
    }

    /** RFC 7386: objects merge member by member, anything else replaces, null removes. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.path(e.getKey()), e.getValue()));
            }
        });
        return result;
    }

    /** A message (or a {@code $ref} to one) to the name of its payload's schema. */
    private String payloadSchemaName(JsonNode message) {
        JsonNode resolved = resolve(message);
        String payloadRef = resolved.path("payload").path("$ref").asText();
        if (!payloadRef.startsWith(SCHEMAS)) {
            throw new IllegalStateException("a message's payload is not a $ref to a schema: " + resolved);
        }
        return payloadRef.substring(SCHEMAS.length());
    }

    /** {@code agency.referrals.{kind}.v1} matches {@code agency.referrals.bank-inquiry.v1}. */
    static Pattern addressPattern(String address) {
        StringBuilder regex = new StringBuilder();
        var matcher = CHANNEL_PARAMETER.matcher(address);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(address.substring(last, matcher.start()))).append("[^.]+");
            last = matcher.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(address.substring(last))).toString());
    }
}
