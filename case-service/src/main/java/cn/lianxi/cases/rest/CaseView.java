package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case as the API shows it. {@code resumable}: concluded as 终本 and a bank has since reported assets of a
 * respondent; {@code POST /cases/{id}/resumptions} resumes it.
 */
public record CaseView(UUID id, String courtCode, String caseNumber, LocalDate filedOn, String basisType,
        String basisDocument, BigDecimal amountOwed, BigDecimal amountRecovered, String status, String conclusionType,
        String judge, boolean readyToConclude, boolean resumable, List<PartyView> parties) {

    /**
     * A party as the API shows it (to the court and its overseers: unmasked). {@code queryCode} (查询码) only in the
     * filing answer: the code the party checks the case's progress with, shown this once.
     */
    public record PartyView(UUID id, String role, String type, String name, String idNumber, boolean minor,
            String legalRepresentative, @JsonInclude(JsonInclude.Include.NON_NULL) String queryCode) {
    }
}
