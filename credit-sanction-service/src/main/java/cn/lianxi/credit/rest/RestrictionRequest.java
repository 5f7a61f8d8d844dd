package cn.lianxi.credit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.credit.service.RestrictionDecision;

/**
 * A credit officer's consumption restriction order (限制消费令). Bound persons are the contract's
 * {@link BoundPerson}, checked by the same rules as a court's order.
 *
 * @param behaviours   the barred behaviours; empty or null means all of them
 * @param boundPersons for a company: its legal representative and the persons in charge named in the order
 */
public record RestrictionRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 18) String respondentIdNumber,
        @NotNull LocalDate orderDate,
        @NotBlank @Size(max = 100) String documentNumber,
        List<@NotNull RestrictedBehaviour> behaviours,
        @Size(max = 20) List<@Valid @NotNull BoundPerson> boundPersons) {

    public RestrictionDecision toDecision() {
        return new RestrictionDecision(caseId, respondentIdNumber, orderDate, documentNumber, behaviours, boundPersons);
    }
}
