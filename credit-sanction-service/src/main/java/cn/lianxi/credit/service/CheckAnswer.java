package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.lianxi.contracts.RestrictedBehaviour;

/**
 * "Is this ID currently restricted, and from what?" in one answer.
 *
 * @param checkId      the recorded check
 * @param restricted   true when any listing or restriction is active on the ID
 * @param listings     active dishonest listings of the ID
 * @param restrictions active restriction orders on the ID, or binding it as a company's legal representative or
 *                     person in charge ({@code boundAs})
 */
public record CheckAnswer(UUID checkId, boolean restricted, List<ActiveListing> listings,
        List<ActiveRestriction> restrictions) {

    /** An active listing. */
    public record ActiveListing(UUID sanctionId, UUID caseId, String courtCode, String caseNumber, int ground,
            String groundText, LocalDate decisionDate, LocalDate validUntil) {
    }

    /** An active restriction; {@code boundAs} is SUBJECT or the bound person's role for a company's order. */
    public record ActiveRestriction(UUID sanctionId, UUID caseId, String courtCode, String caseNumber,
            String subjectName, String boundAs, List<RestrictedBehaviour> behaviours, LocalDate orderDate) {
    }
}
