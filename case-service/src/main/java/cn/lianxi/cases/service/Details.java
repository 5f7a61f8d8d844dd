package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code detail} map of a case event: insertion-ordered, a null value leaves its key out, and amounts
 * (BigDecimal, CNY) always carry two decimals, as in the database.
 */
public final class Details {

    private final Map<String, Object> map = new LinkedHashMap<>();

    private Details() {
    }

    public static Details of() {
        return new Details();
    }

    public Details put(String key, Object value) {
        if (value instanceof BigDecimal amount) {
            map.put(key, Amounts.cny(amount));
        } else if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    public Map<String, Object> map() {
        return map;
    }
}
