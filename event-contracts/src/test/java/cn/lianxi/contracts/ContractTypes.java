package cn.lianxi.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * The contract's types as the code declares them, found from the message payloads: every record reachable through
 * record components and the sealed interfaces' permitted subclasses, every sealed interface used as a field or a
 * payload, every enum. The AsyncAPI tests compare the document with this, so a new record, field or constant is
 * found without anyone listing it.
 */
final class ContractTypes {

    /** The payload of each message in the AsyncAPI document. */
    static final List<Class<?>> PAYLOADS = List.of(CourtCaseEvent.class, CaseEvent.class, ReferralOutcome.class,
            ReferralDispatch.class, AgencyResult.class, SanctionEvent.class, AgencyChanged.class,
            cn.lianxi.evidence.Anchor.class);

    final Set<Class<?>> records = new LinkedHashSet<>();
    final Set<Class<?>> sealedTypes = new LinkedHashSet<>();
    final Set<Class<?>> enums = new LinkedHashSet<>();

    private ContractTypes() {
    }

    static ContractTypes find() {
        ContractTypes types = new ContractTypes();
        PAYLOADS.forEach(types::visit);
        // kind() is derived, not a component: CaseEvent's JSON carries it beside detail; court events name it too
        types.enums.add(CaseEventKind.class);
        types.enums.add(CourtEventKind.class);
        return types;
    }

    /** The schema name of a contract type: its name inside the package, e.g. {@code CourtCaseEvent.CaseFiled}. */
    static String schemaName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    /** The records under a sealed interface, through its sealed sub-interfaces. */
    static List<Class<?>> leaves(Class<?> sealed) {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                leaves.add(sub);
            } else {
                leaves.addAll(leaves(sub));
            }
        }
        return leaves;
    }

    /** The JSON name of each subtype of a sealed interface, from its {@code @JsonSubTypes}. */
    static Map<String, Class<?>> subtypeNames(Class<?> sealed) {
        Map<String, Class<?>> names = new LinkedHashMap<>();
        for (JsonSubTypes.Type type : sealed.getAnnotation(JsonSubTypes.class).value()) {
            if (names.put(type.name(), type.value()) != null) {
                throw new AssertionError(sealed.getSimpleName() + " names " + type.name() + " twice");
            }
        }
        return names;
    }

    /** A type of the contract, or of the evidence module, whose {@code Anchor} is the payload of the anchors' topic. */
    static boolean isContractType(Class<?> type) {
        return type.getPackageName().equals(ContractTypes.class.getPackageName())
                || type.getPackageName().equals(cn.lianxi.evidence.Anchor.class.getPackageName());
    }

    static List<RecordComponent> components(Class<?> record) {
        return Arrays.asList(record.getRecordComponents());
    }

    private void visit(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(this::visit);
        } else if (type instanceof Class<?> c && isContractType(c)) {
            if (c.isEnum()) {
                enums.add(c);
            } else if (c.isRecord()) {
                if (records.add(c)) {
                    components(c).forEach(rc -> visit(rc.getGenericType()));
                }
            } else if (c.isSealed() && sealedTypes.add(c)) {
                leaves(c).forEach(this::visit);
            }
        }
    }
}
