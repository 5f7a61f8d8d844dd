package cn.lianxi.credit.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.credit.BoundPerson;
import cn.lianxi.credit.RestrictedBehaviour;

/**
 * Reads a court's sanction decision (判决/决定) as case-service publishes it (its README, "Detail fields per kind")
 * into this service's request fields: a restriction order's {@code decisionDate} is its {@code orderDate}, the
 * court's behaviour codes ({@code FLIGHT}, {@code STAR_HOTEL}, …) name this service's {@link RestrictedBehaviour}s,
 * a bound person's {@code position} gives their {@link BoundPerson.Role}, and a decision without a document number
 * is known by its case number. Fields already in this service's own form pass unchanged.
 */
public final class CourtOrderDetail {

    private static final Map<String, RestrictedBehaviour> COURT_BEHAVIOURS = Map.ofEntries(
            Map.entry("FLIGHT", RestrictedBehaviour.FLIGHTS),
            Map.entry("SOFT_SLEEPER", RestrictedBehaviour.SOFT_SLEEPER_AND_UPPER_SHIP_CABINS),
            Map.entry("HIGH_SPEED_FIRST_CLASS", RestrictedBehaviour.HIGH_SPEED_RAIL_PREMIUM_SEATS),
            Map.entry("STAR_HOTEL", RestrictedBehaviour.STAR_HOTELS_AND_HIGH_END_VENUES),
            Map.entry("HIGH_END_VENUE", RestrictedBehaviour.STAR_HOTELS_AND_HIGH_END_VENUES),
            Map.entry("REAL_ESTATE_PURCHASE", RestrictedBehaviour.REAL_ESTATE),
            Map.entry("REAL_ESTATE_BUILDING", RestrictedBehaviour.REAL_ESTATE),
            Map.entry("CAR_PURCHASE", RestrictedBehaviour.VEHICLES),
            Map.entry("EXPENSIVE_TRAVEL", RestrictedBehaviour.TRAVEL_AND_HOLIDAYS),
            Map.entry("PRIVATE_SCHOOL", RestrictedBehaviour.HIGH_FEE_PRIVATE_SCHOOLS),
            Map.entry("HIGH_PREMIUM_INSURANCE", RestrictedBehaviour.HIGH_PREMIUM_INSURANCE),
            Map.entry("OTHER_NON_ESSENTIAL", RestrictedBehaviour.OTHER_NON_ESSENTIAL_CONSUMPTION));

    private CourtOrderDetail() {
    }

    /** The event's detail in this service's field names (a new map; the event is not changed). */
    public static Map<String, Object> normalise(CaseEventKind kind, Map<String, Object> detail, String caseNumber) {
        Map<String, Object> fields = new HashMap<>(detail);
        if (fields.get("documentNumber") == null) {
            fields.put("documentNumber", caseNumber);
        }
        if (kind == CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED) {
            fields.putIfAbsent("orderDate", fields.get("decisionDate"));
            if (fields.get("behaviours") instanceof List<?> codes) {
                fields.put("behaviours", behaviours(codes));
            }
            if (fields.get("boundPersons") instanceof List<?> persons) {
                fields.put("boundPersons", boundPersons(persons));
            }
        }
        return fields;
    }

    private static List<String> behaviours(List<?> codes) {
        Set<String> names = new LinkedHashSet<>();
        codes.forEach(code -> {
            RestrictedBehaviour b = COURT_BEHAVIOURS.get(String.valueOf(code));
            names.add(b != null ? b.name() : String.valueOf(code));
        });
        return new ArrayList<>(names);
    }

    private static List<Object> boundPersons(List<?> persons) {
        List<Object> out = new ArrayList<>();
        for (Object p : persons) {
            if (p instanceof Map<?, ?> m && m.get("role") == null) {
                Map<String, Object> person = new HashMap<>();
                m.forEach((k, v) -> person.put(String.valueOf(k), v));
                person.remove("position");
                person.put("role", role(m.get("position")).name());
                out.add(person);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** 法定代表人, 实际控制人, 直接责任人员; anyone else the order names is a person in charge (主要负责人). */
    private static BoundPerson.Role role(Object position) {
        String text = position == null ? "" : position.toString().trim();
        for (BoundPerson.Role role : BoundPerson.Role.values()) {
            if (role.name().equalsIgnoreCase(text)) {
                return role;
            }
        }
        if (text.contains("法定代表人") || text.toLowerCase(java.util.Locale.ROOT).contains("legal")) {
            return BoundPerson.Role.LEGAL_REPRESENTATIVE;
        }
        if (text.contains("实际控制人")) {
            return BoundPerson.Role.ACTUAL_CONTROLLER;
        }
        if (text.contains("直接责任")) {
            return BoundPerson.Role.DIRECTLY_RESPONSIBLE;
        }
        return BoundPerson.Role.PERSON_IN_CHARGE;
    }
}
