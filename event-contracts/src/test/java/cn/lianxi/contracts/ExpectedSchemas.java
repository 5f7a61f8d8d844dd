package cn.lianxi.contracts;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.ListingPeriod;

/**
 * The JSON schema each contract type must have, derived from the Java declaration: field names, types, Bean
 * Validation sizes and amounts, and nullability. A component is required when it is {@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty} or primitive; an optional one is left out of the JSON when its record is
 * {@code @JsonInclude(NON_NULL)} (so its schema does not allow null) and written as {@code null} otherwise (so it
 * does). The AsyncAPI document must agree with this, minus descriptions and examples.
 */
final class ExpectedSchemas {

    static final String AMOUNT = "Amount";
    static final String AMOUNT_OR_ZERO = "AmountOrZero";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ObjectMapper json;

    ExpectedSchemas(ObjectMapper json) {
        this.json = json;
    }

    static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }

    /** {@code Amount} (at least 0.01) and {@code AmountOrZero}: {@link Amount}'s bounds, two decimals. */
    static ObjectNode amount(String min) {
        ObjectNode amount = NODES.objectNode().put("type", "number").put("multipleOf", new BigDecimal("0.01"));
        amount.put("minimum", new BigDecimal(min));
        amount.put("maximum", new BigDecimal(Amount.class.getAnnotation(DecimalMax.class).value()));
        return amount;
    }

    static String defaultAmountMinimum() {
        try {
            return (String) Amount.class.getMethod("min").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An enum's schema: the JSON value of each constant, as the records' mapper writes it. */
    ObjectNode enumeration(Class<?> type) {
        ArrayNode values = NODES.arrayNode();
        Arrays.stream(type.getEnumConstants()).map(json::valueToTree).forEach(v -> values.add((JsonNode) v));
        return NODES.objectNode().put("type", values.get(0).isInt() ? "integer" : "string").set("enum", values);
    }

    /** A sealed interface: one of its records, named by its JSON type id when it carries one. */
    ObjectNode sealed(Class<?> type) {
        ArrayNode refs = NODES.arrayNode();
        ContractTypes.leaves(type).forEach(leaf -> refs.add(NODES.objectNode().put("$ref", ref(ContractTypes.schemaName(leaf)))));
        JsonTypeInfo typeInfo = type.getAnnotation(JsonTypeInfo.class);
        if (typeInfo == null) {
            // named from outside (CaseEvent's kind): the shapes may overlap, so any of them, chosen by the envelope
            return NODES.objectNode().set("anyOf", refs);
        }
        return NODES.objectNode().put("discriminator", typeInfo.property()).set("oneOf", refs);
    }

    /** A record's schema: exactly its components (plus its type id), each typed, required as annotated. */
    ObjectNode record(Class<?> type) {
        ObjectNode properties = NODES.objectNode();
        Set<String> required = new TreeSet<>();
        boolean omitsNulls = omitsNulls(type);
        for (RecordComponent component : ContractTypes.components(type)) {
            boolean isRequired = isRequired(component);
            if (isRequired) {
                required.add(component.getName());
            }
            properties.set(component.getName(), property(component.getAnnotatedType(), component,
                    !isRequired && !omitsNulls));
            JsonTypeInfo external = component.getAccessor().getAnnotation(JsonTypeInfo.class);
            if (external != null && external.include() == JsonTypeInfo.As.EXTERNAL_PROPERTY) {
                properties.set(external.property(), NODES.objectNode().put("$ref", ref(ContractTypes.schemaName(
                        kindEnumOf(component.getType())))));
                required.add(external.property());
            }
        }
        for (Class<?> sealed : type.getInterfaces()) {
            JsonTypeInfo typeInfo = typeInfoOf(sealed);
            if (typeInfo != null && typeInfo.include() == JsonTypeInfo.As.PROPERTY) {
                String name = ContractTypes.subtypeNames(rootOf(sealed)).entrySet().stream()
                        .filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new AssertionError(type + " has no @JsonSubTypes name"));
                properties.set(typeInfo.property(), NODES.objectNode().put("const", name));
                required.add(typeInfo.property());
            }
        }
        ArrayNode requiredNode = NODES.arrayNode();
        required.forEach(requiredNode::add);
        ObjectNode schema = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        schema.set("required", requiredNode);
        schema.set("properties", properties);
        return schema;
    }

    /** Whether Jackson leaves out this record's null fields ({@code @JsonInclude(NON_NULL)}, inherited too). */
    boolean omitsNulls(Class<?> type) {
        var config = json.getSerializationConfig();
        JsonInclude.Value inclusion = config.introspect(json.constructType(type))
                .findPropertyInclusion(config.getDefaultPropertyInclusion(type));
        return inclusion.getValueInclusion() == JsonInclude.Include.NON_NULL;
    }

    static boolean isRequired(RecordComponent component) {
        var accessor = component.getAccessor();
        return component.getType().isPrimitive() || find(accessor, NotNull.class) != null
                || find(accessor, NotBlank.class) != null || find(accessor, NotEmpty.class) != null;
    }

    /** The values {@link ListingPeriod} allows, asked of its validator. */
    static List<Integer> listingPeriods() {
        ListingPeriod.Validator validator = new ListingPeriod.Validator();
        return IntStream.rangeClosed(1, 240).filter(m -> validator.isValid(m, null)).boxed().toList();
    }

    private ObjectNode property(AnnotatedType type, RecordComponent declaration, boolean writtenAsNull) {
        ObjectNode schema = shape(type, declaration);
        if (!writtenAsNull) {
            return schema;
        }
        if (schema.has("type")) {
            schema.set("type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
            return schema;
        }
        return (ObjectNode) NODES.objectNode().set("anyOf",
                NODES.arrayNode().add(schema).add(NODES.objectNode().put("type", "null")));
    }

    private ObjectNode shape(AnnotatedType annotated, RecordComponent declaration) {
        Class<?> type = rawType(annotated);
        ObjectNode schema = NODES.objectNode();
        Size size = annotation(annotated, declaration, Size.class);
        if (type == String.class) {
            schema.put("type", "string");
            if (annotation(annotated, declaration, NotBlank.class) != null) {
                schema.put("minLength", 1);
            }
            if (size != null && size.max() != Integer.MAX_VALUE) {
                schema.put("maxLength", size.max());
            }
        } else if (type == UUID.class) {
            schema.put("type", "string").put("format", "uuid");
        } else if (type == Instant.class) {
            schema.put("type", "string").put("format", "date-time");
        } else if (type == LocalDate.class) {
            schema.put("type", "string").put("format", "date");
        } else if (type == BigDecimal.class) {
            Amount amount = annotation(annotated, declaration, Amount.class);
            if (amount == null) {
                throw new AssertionError(declaration + ": every BigDecimal of the contract is an @Amount");
            }
            schema.put("$ref", ref(new BigDecimal(amount.min()).signum() == 0 ? AMOUNT_OR_ZERO : AMOUNT));
        } else if (type == Integer.class || type == int.class) {
            schema.put("type", "integer");
            if (annotation(annotated, declaration, ListingPeriod.class) != null) {
                ArrayNode periods = schema.putArray("enum");
                listingPeriods().forEach(periods::add);
            }
        } else if (type == Long.class || type == long.class) {
            schema.put("type", "integer");
            schema.put("format", "int64");
        } else if (type == Boolean.class || type == boolean.class) {
            schema.put("type", "boolean");
        } else if (type == List.class) {
            schema.put("type", "array");
            schema.set("items", element(typeArgument(annotated, 0)));
            int minItems = Math.max(annotation(annotated, declaration, NotEmpty.class) != null ? 1 : 0,
                    size == null ? 0 : size.min());
            if (minItems > 0) {
                schema.put("minItems", minItems);
            }
            if (size != null && size.max() != Integer.MAX_VALUE) {
                schema.put("maxItems", size.max());
            }
        } else if (type == Map.class) {
            schema.put("type", "object");
            schema.set("propertyNames", shape(typeArgument(annotated, 0), null));
            schema.set("additionalProperties", element(typeArgument(annotated, 1)));
            if (size != null && size.max() != Integer.MAX_VALUE) {
                schema.put("maxProperties", size.max());
            }
        } else if (ContractTypes.isContractType(type)) {
            schema.put("$ref", ref(ContractTypes.schemaName(type)));
        } else {
            throw new AssertionError(declaration + ": no JSON schema for " + type);
        }
        return schema;
    }

    /** A list element or map value: null only when it is not {@code @NotNull} (Jackson writes nulls in lists). */
    private ObjectNode element(AnnotatedType type) {
        ObjectNode schema = shape(type, null);
        return type.isAnnotationPresent(NotNull.class) ? schema : (ObjectNode) NODES.objectNode().set("anyOf",
                NODES.arrayNode().add(schema).add(NODES.objectNode().put("type", "null")));
    }

    private static <A extends Annotation> A annotation(AnnotatedType type, RecordComponent declaration, Class<A> kind) {
        A onType = find(type, kind);
        return onType != null || declaration == null ? onType : find(declaration.getAccessor(), kind);
    }

    /** The annotation on the element, or among the parts of a composed constraint on it ({@code CommonFields}). */
    private static <A extends Annotation> A find(AnnotatedElement element, Class<A> kind) {
        A direct = element.getAnnotation(kind);
        if (direct != null) {
            return direct;
        }
        return Arrays.stream(element.getAnnotations()).map(a -> a.annotationType().getAnnotation(kind))
                .filter(a -> a != null).findFirst().orElse(null);
    }

    private static Class<?> rawType(AnnotatedType type) {
        return type.getType() instanceof Class<?> c ? c
                : (Class<?>) ((java.lang.reflect.ParameterizedType) type.getType()).getRawType();
    }

    private static AnnotatedType typeArgument(AnnotatedType type, int index) {
        return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[index];
    }

    /** The enum whose constants are exactly the type ids of {@code sealed} (CaseEventKind for CaseEventDetail). */
    private Class<?> kindEnumOf(Class<?> sealed) {
        Set<String> names = ContractTypes.subtypeNames(sealed).keySet();
        return ContractTypes.find().enums.stream()
                .filter(e -> Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(java.util.stream.Collectors.toSet()).equals(names))
                .findFirst().orElseThrow(() -> new AssertionError("no enum names the kinds of " + sealed));
    }

    private static JsonTypeInfo typeInfoOf(Class<?> type) {
        Class<?> root = rootOf(type);
        return root == null ? null : root.getAnnotation(JsonTypeInfo.class);
    }

    /** The sealed interface that carries the {@code @JsonSubTypes} a type belongs to (through sub-interfaces). */
    private static Class<?> rootOf(Class<?> type) {
        if (type.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonSubTypes.class)) {
            return type;
        }
        return Arrays.stream(type.getInterfaces()).map(ExpectedSchemas::rootOf).filter(r -> r != null).findFirst()
                .orElse(null);
    }
}
