package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case's progress as a party sees it with its query code (执行公开): the case's status and amounts (CNY, two
 * decimals), its parties and its timeline, with every other party's name and every ID number masked. The asking
 * party ({@code you}) sees its own name. What the court keeps for itself is left out: officers, accounts, the
 * evidence of a 拒执 lead.
 */
public record PartyProgressView(String courtCode, String courtName, String caseNumber, LocalDate filedOn,
        String status, String conclusionType, BigDecimal amountOwed, BigDecimal amountRecovered,
        List<Party> parties, List<Entry> timeline) {

    /**
     * A party: {@code name} masked unless {@code you} (张*, 苏州****有限公司), {@code idNumber} always masked
     * ({@code 3205**********1234}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String role, String type, String name, String idNumber, String legalRepresentative,
            boolean you) {
    }

    /**
     * One timeline entry (案件流程节点): when, its kind (as on the court's timeline), its summary, the amount it names
     * (ordered, paid, frozen or deducted) and the party it concerns.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(Instant at, String kind, String summary, BigDecimal amount, Party party) {
    }
}
