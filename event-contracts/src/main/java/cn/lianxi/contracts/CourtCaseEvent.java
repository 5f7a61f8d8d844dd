package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of a court's case management system about one of its enforcement cases: the body of each element of
 * {@code POST /court-events} and the value of each record on {@link Topics#COURT_CASE_EVENTS} (key: court code +
 * case number). Only the fields of the event's {@code kind} are read; case-service's README lists them per kind.
 *
 * @param eventId       court-assigned id, unique per court; re-sending it is harmless
 * @param courtCode     the court (over HTTP it must equal the token's court, or be omitted)
 * @param caseNumber    the court's case number, e.g. {@code (2023)苏05执123号}
 * @param kind          what happened
 * @param occurredAt    when it happened at the court (orders held events of one case)
 * @param officer       the officer (承办人) who acted, if not the caller
 * @param filedOn       CASE_FILED: filing date
 * @param basisType     CASE_FILED: JUDGMENT, MEDIATION, ARBITRAL_AWARD or NOTARISED_DEBT
 * @param basisDocument CASE_FILED: document number of the enforcement basis
 * @param amountOwed    CASE_FILED: amount owed, CNY
 * @param judge         CASE_FILED: the judge in charge
 * @param parties       CASE_FILED: applicants and respondents ({@code minor} is computed, not read)
 * @param party         PARTY_ADDED / PARTY_CORRECTED: the party as it should be
 * @param previousIdNumber PARTY_CORRECTED: the identifier being corrected (defaults to {@code party.idNumber})
 * @param respondentIdNumber the respondent concerned (measures, listing, restriction); defaults to the only one
 * @param bankCode      freeze/unfreeze/deduction: the bank (or {@code agencyId} for another agency)
 * @param agencyId      freeze/unfreeze/deduction: the executing agency when not a bank
 * @param accountNumber freeze/unfreeze/deduction: the account
 * @param amount        freeze/deduction/payment: amount, CNY
 * @param source        PAYMENT_RECEIVED: VOLUNTARY, DEDUCTION, AUCTION, SETTLEMENT or OTHER
 * @param evidenceSummary REFUSAL_REPORTED: summary of the evidence (拒执线索)
 * @param ground        DISHONEST_LISTING_DECIDED: statutory ground 1-6
 * @param periodMonths  DISHONEST_LISTING_DECIDED: listing period (24 to 60 months)
 * @param decisionDate  listing / restriction: date of the decision
 * @param documentNumber listing / restriction: the decision's document number
 * @param behaviours    CONSUMPTION_RESTRICTION_ORDERED: barred behaviours
 * @param boundPersons  CONSUMPTION_RESTRICTION_ORDERED: persons also bound (a company's legal representative…)
 * @param targetStatus  STATUS_CHANGED: INVESTIGATING, MEASURES_UNDER_WAY, SUSPENDED or CONCLUDED
 * @param conclusionType CASE_CONCLUDED (or STATUS_CHANGED to CONCLUDED): the conclusion type
 * @param reason        status changes, conclusion, bankruptcy proposal: the legal reason
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourtCaseEvent(String eventId, String courtCode, String caseNumber, CourtEventKind kind,
        Instant occurredAt, String officer,
        LocalDate filedOn, String basisType, String basisDocument, BigDecimal amountOwed, String judge,
        List<PartyRef> parties, PartyRef party, String previousIdNumber, String respondentIdNumber,
        String bankCode, String agencyId, String accountNumber, BigDecimal amount, String source,
        String evidenceSummary, Integer ground, Integer periodMonths, LocalDate decisionDate, String documentNumber,
        List<String> behaviours, List<BoundPerson> boundPersons, String targetStatus, ConclusionType conclusionType,
        String reason) {

    /** A person bound by a consumption restriction besides the respondent (e.g. 法定代表人). */
    public record BoundPerson(String name, String idNumber, String position) {
    }

    /** A copy for another court, case or event id (used to route REST actions through the same intake). */
    public CourtCaseEvent withIdentity(String newEventId, String newCourtCode, String newCaseNumber) {
        return new CourtCaseEvent(newEventId, newCourtCode, newCaseNumber, kind, occurredAt, officer, filedOn,
                basisType, basisDocument, amountOwed, judge, parties, party, previousIdNumber, respondentIdNumber,
                bankCode, agencyId, accountNumber, amount, source, evidenceSummary, ground, periodMonths,
                decisionDate, documentNumber, behaviours, boundPersons, targetStatus, conclusionType, reason);
    }
}
