package cn.lianxi.cases.service;

import java.util.List;
import java.util.Optional;

import cn.lianxi.contracts.PartyRef;
import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.kit.problem.ProblemException;

/** Checks parties' identifiers: resident IDs (GB 11643) for persons, credit codes (GB 32100) for companies. */
final class PartyValidation {

    private static final List<String> ROLES = List.of("APPLICANT", "RESPONDENT");
    private static final List<String> TYPES = List.of("PERSON", "COMPANY");

    private PartyValidation() {
    }

    /** A case's parties: each valid, at least one respondent. */
    static void checkAll(List<PartyRef> parties, String field) {
        if (parties == null || parties.isEmpty() || parties.size() > 50) {
            throw ProblemException.badRequest("invalid-parties", field, "a case has 1 to 50 parties");
        }
        for (int i = 0; i < parties.size(); i++) {
            check(parties.get(i), field + "[" + i + "]");
        }
        if (parties.stream().noneMatch(p -> "RESPONDENT".equals(p.role()))) {
            throw ProblemException.badRequest("respondent-required", field, "a case needs at least one respondent");
        }
    }

    static void check(PartyRef party, String field) {
        if (party == null) {
            throw ProblemException.badRequest("missing-field", field, "the party is required");
        }
        Validation.require(ROLES.contains(party.role()), field + ".role", "role is APPLICANT or RESPONDENT");
        Validation.require(TYPES.contains(party.type()), field + ".type", "type is PERSON or COMPANY");
        Validation.text(party.name(), field + ".name", 200);
        Validation.optionalText(party.legalRepresentative(), field + ".legalRepresentative", 100);
        Optional<String> error = idNumberError(party.type(), party.idNumber());
        if (error.isPresent()) {
            throw ProblemException.badRequest("invalid-id-number", field + ".idNumber", error.get());
        }
    }

    /** A person's resident ID or a company's credit code, by party type. */
    static Optional<String> idNumberError(String type, String idNumber) {
        return "COMPANY".equals(type) ? IdentityNumbers.creditCodeError(upper(idNumber))
                : IdentityNumbers.residentIdError(upper(idNumber));
    }

    static String upper(String idNumber) {
        return idNumber == null ? null : idNumber.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
