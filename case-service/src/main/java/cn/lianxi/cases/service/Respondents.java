package cn.lianxi.cases.service;

import java.util.List;
import java.util.Locale;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/** Finds the respondent (被执行人) a measure or sanction is aimed at. */
final class Respondents {

    private Respondents() {
    }

    /** The respondent with {@code idNumber}, or the only respondent when it is null. */
    static CaseParty resolve(EnforcementCase c, String idNumber) {
        List<CaseParty> respondents = c.respondents();
        if (idNumber == null) {
            if (respondents.size() != 1) {
                throw ProblemException.badRequest(ProblemType.RESPONDENT_REQUIRED, "respondentIdNumber",
                        "the case has several respondents: name one");
            }
            return respondents.get(0);
        }
        String wanted = normalised(idNumber);
        return respondents.stream().filter(p -> p.idNumber.equals(wanted)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_A_RESPONDENT,
                        "no respondent of this case has that identifier", "respondentIdNumber"));
    }

    /** An identifier in its stored form, as {@code PartyRef.normalised} stores it. */
    static String normalised(String idNumber) {
        return idNumber.trim().toUpperCase(Locale.ROOT);
    }
}
