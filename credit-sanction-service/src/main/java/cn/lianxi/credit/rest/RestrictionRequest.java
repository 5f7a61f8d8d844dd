package cn.lianxi.credit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.BoundPerson;
import cn.lianxi.credit.RestrictedBehaviour;

/**
 * A consumption restriction order (限制消费令), from a credit officer or from the {@code detail} of a
 * {@code CONSUMPTION_RESTRICTION_ORDERED} case event.
 *
 * @param behaviours   the barred behaviours; empty or null means all of them
 * @param boundPersons for a company: its legal representative and the persons in charge named in the order
 */
public record RestrictionRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 18) String respondentIdNumber,
        @NotNull LocalDate orderDate,
        @NotBlank @Size(max = 100) String documentNumber,
        List<RestrictedBehaviour> behaviours,
        @Size(max = 20) List<@Valid @NotNull BoundPersonRequest> boundPersons) {

    /** A person the company's order binds. */
    public record BoundPersonRequest(@NotNull BoundPerson.Role role, @NotBlank @Size(max = 200) String name,
            @Size(max = 18) String idNumber) {
    }
}
