package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.UUID;

import cn.lianxi.contracts.CaseEventDetail.DishonestListingDecided;
import cn.lianxi.contracts.ListingGround;

/**
 * A decision to list a respondent as a dishonest debtor (纳入失信被执行人名单决定), whoever made it: a credit officer
 * (REST) or the court (a {@code DISHONEST_LISTING_DECIDED} case event).
 *
 * @param ground             the art. 1 item (法释〔2017〕7号)
 * @param periodMonths       items (2)-(6): 24, or 36 / 48 / 60 when extended, null meaning 24; item (1): null (no
 *                           fixed term, art. 2)
 * @param repeatedBreaches   the respondent has several dishonest acts (多项失信行为): allows an extension
 * @param sufficientSecurity the respondent has given sufficient, effective security (提供了充分有效担保)
 */
public record ListingDecision(UUID caseId, String respondentIdNumber, ListingGround ground, Integer periodMonths,
        LocalDate decisionDate, String documentNumber, boolean repeatedBreaches, boolean sufficientSecurity) {

    /**
     * The court's decision as its case event carries it. The event has no security or repeated-breach flags: a
     * court that found security does not decide a listing, and an earlier listing of the same ID still counts as
     * repeated breaches ({@link ListingService}).
     */
    public static ListingDecision of(UUID caseId, DishonestListingDecided d) {
        return new ListingDecision(caseId, d.respondent().idNumber(), d.ground(), d.periodMonths(), d.decisionDate(),
                d.documentNumber(), false, false);
    }
}
