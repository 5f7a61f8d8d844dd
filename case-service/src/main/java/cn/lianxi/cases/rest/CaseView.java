package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case as the API shows it. {@code resumable}: concluded as 终本 and a bank has since reported assets of a
 * respondent; {@code POST /cases/{id}/resumptions} resumes it. {@code performanceDue}: the deadline of the
 * performance notice served at filing (执行通知书); {@code performedWithinNotice}: the debtor's own payments covered the
 * debt by then (自动履行, good faith), at {@code performedWithinNoticeAt}.
 */
public record CaseView(UUID id, String courtCode, String caseNumber, LocalDate filedOn, String basisType,
        String basisDocument, BigDecimal amountOwed, BigDecimal amountRecovered, String status, String conclusionType,
        String judge, boolean readyToConclude, boolean resumable, List<PartyView> parties,
        Instant performanceDue, boolean performedWithinNotice, Instant performedWithinNoticeAt) {

    /**
     * A party as the API shows it (to the court and its overseers: unmasked). {@code queryCode} (查询码) only in the
     * filing answer: the code the party checks the case's progress with, shown this once. {@code capacity}: a
     * respondent's capacity to perform as the judge found it (UNWILLING 失信, UNABLE 失能), with its reason and time;
     * null until found.
     */
    public record PartyView(UUID id, String role, String type, String name, String idNumber, boolean minor,
            String legalRepresentative, @JsonInclude(JsonInclude.Include.NON_NULL) String queryCode,
            String capacity, String capacityReason, Instant capacityFoundAt) {
    }
}
