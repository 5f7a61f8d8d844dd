package cn.lianxi.gateway.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Numbers pass the gateway exactly (金额精确): a JSON number with a fraction is read as {@link java.math.BigDecimal},
 * never as a double, so {@code 24962000000.10} does not come out as {@code 2.49620000001E10}. Its scale is kept
 * ({@code 10000.50} stays {@code 10000.50}, trailing zeros are not stripped) and it is written in plain notation,
 * never with an exponent.
 */
@Singleton
public class ExactNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    }
}
