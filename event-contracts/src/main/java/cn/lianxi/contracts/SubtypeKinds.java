package cn.lianxi.contracts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * The kind of a record of a sealed contract type, read from the type's {@code @JsonSubTypes}: the name Jackson
 * writes for the record is the name of its kind's constant, so the list there is the one place that pairs them and
 * no record repeats its own kind.
 */
final class SubtypeKinds {

    private static final Map<Class<?>, Enum<?>> KINDS = new ConcurrentHashMap<>();

    private SubtypeKinds() {
    }

    static <E extends Enum<E>> E of(Object record, Class<?> sealed, Class<E> kinds) {
        return kinds.cast(KINDS.computeIfAbsent(record.getClass(), type -> lookUp(type, sealed, kinds)));
    }

    private static <E extends Enum<E>> E lookUp(Class<?> type, Class<?> sealed, Class<E> kinds) {
        for (JsonSubTypes.Type subtype : sealed.getAnnotation(JsonSubTypes.class).value()) {
            if (subtype.value() == type) {
                return Enum.valueOf(kinds, subtype.name());
            }
        }
        throw new IllegalStateException(type.getName() + " is not named in the @JsonSubTypes of " + sealed.getName());
    }
}
