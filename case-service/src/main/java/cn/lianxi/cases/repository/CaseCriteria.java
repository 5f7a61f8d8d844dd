package cn.lianxi.cases.repository;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.lianxi.contracts.CaseStatus;
import io.quarkus.panache.common.Sort;

/**
 * A case search: every non-null field narrows it. {@code courts} are the courts of the caller's scope (null: every
 * court), narrowed to the one asked for. {@code respondentIdNumber} is an exact match on a respondent's resident ID
 * or credit code.
 */
public record CaseCriteria(Set<String> courts, String caseNumber, CaseStatus status, String judge, LocalDate filedFrom,
        LocalDate filedTo, String respondentIdNumber, String sort, int page, int size) {

    /** The sortable fields; prefix with {@code -} for descending. */
    static final Map<String, String> SORTABLE = Map.of("filedOn", "filedOn", "caseNumber", "caseNumber",
            "amountOwed", "amountOwed", "amountRecovered", "amountRecovered", "updatedAt", "updatedAt",
            "status", "status");

    public static boolean isSortable(String sort) {
        return sort == null || SORTABLE.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    /** Newest filing first unless asked otherwise; the case number breaks ties so paging is stable. */
    Sort toSort() {
        if (sort == null) {
            return Sort.descending("filedOn").and("caseNumber");
        }
        boolean descending = sort.startsWith("-");
        String field = SORTABLE.get(descending ? sort.substring(1) : sort);
        return Sort.by(field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
    }
}
