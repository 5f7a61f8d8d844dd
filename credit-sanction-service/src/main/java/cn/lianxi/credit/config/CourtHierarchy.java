package cn.lianxi.credit.config;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The court hierarchy as data: each court code mapped to the court one level above it (上一级人民法院), which hears
 * a reconsideration (复议) of a rejected correction request (法释〔2017〕7号 art. 12). Configured as
 * {@code lianxi.credit.court-hierarchy.superior.<court code>=<superior court code>}.
 */
@ConfigMapping(prefix = "lianxi.credit.court-hierarchy")
public interface CourtHierarchy {

    /** Court code to the code of the court above it. */
    Map<String, String> superior();

    default Optional<String> superiorOf(String courtCode) {
        return Optional.ofNullable(superior().get(courtCode));
    }
}
