package cn.lianxi.systemtests;

import java.util.List;
import java.util.Map;

/** Realistic, valid request bodies (identifiers with correct check characters). */
final class TestData {

    /** GB 11643 example number (a person born 1949-12-31). */
    static final String PERSON_ID = "11010519491231002X";
    /** A well-formed unified social credit code (GB 32100). */
    static final String COMPANY_CODE = "91330100799655058B";

    private TestData() {
    }

    static Map<String, Object> caseFiling(String caseNumber) {
        return Map.of(
                "caseNumber", caseNumber,
                "filedOn", "2026-03-02",
                "basisType", "JUDGMENT",
                "basisDocument", "(2025)苏05民初88号",
                "amountOwed", "250000.00",
                "judge", "judge-zy",
                "parties", List.of(
                        Map.of("role", "APPLICANT", "type", "PERSON", "name", "李四", "idNumber", PERSON_ID),
                        Map.of("role", "RESPONDENT", "type", "COMPANY", "name", "苏州某贸易有限公司",
                                "idNumber", COMPANY_CODE, "legalRepresentative", "王五")));
    }
}
