package cn.lianxi.cases.service;

import java.util.List;

import cn.lianxi.cases.PartyType;
import cn.lianxi.cases.rest.FileCaseRequest.PartyRequest;
import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.kit.problem.ProblemException;

/** Checks parties' identifiers: resident IDs (GB 11643) for persons, credit codes (GB 32100) for companies. */
final class PartyValidation {

    private PartyValidation() {
    }

    static void check(List<PartyRequest> parties) {
        for (int i = 0; i < parties.size(); i++) {
            PartyRequest party = parties.get(i);
            var error = party.type() == PartyType.PERSON ? IdentityNumbers.residentIdError(party.idNumber())
                    : IdentityNumbers.creditCodeError(party.idNumber());
            if (error.isPresent()) {
                throw ProblemException.badRequest("invalid-id-number", "parties[" + i + "].idNumber", error.get());
            }
        }
        if (parties.stream().noneMatch(p -> p.role() == cn.lianxi.cases.PartyRole.RESPONDENT)) {
            throw ProblemException.badRequest("respondent-required", "parties", "a case needs at least one respondent");
        }
    }
}
