package cn.lianxi.kit.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON is read strictly and money exactly, on every channel (HTTP bodies, Kafka records, stored jsonb):
 * <ul>
 * <li>a number or boolean where text is expected (a case number, an ID number) is a wrong type, not silently text;</li>
 * <li>a key twice in one object, or anything after the JSON value, is refused: two readers of the same bytes must
 * not see two different documents;</li>
 * <li>numbers with a fraction are read as BigDecimal, never double, and JSON trees keep their trailing zeros, so
 * {@code 12000000.00} stays {@code 12000000.00} (not {@code 1.2E7});</li>
 * <li>documents nested deeper than any real request are refused early.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final int MAX_NESTING = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** The same settings for a mapper made outside CDI (tests, tools). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }
}
