package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.lianxi.cases.PartyRole;
import cn.lianxi.cases.PartyType;

/** A court files an enforcement case (立案). The court is the caller's own, taken from the token. */
public record FileCaseRequest(
        @NotBlank @Size(max = 60) String caseNumber,
        @NotNull @PastOrPresent LocalDate filedOn,
        @NotNull BasisType basisType,
        @NotBlank @Size(max = 100) String basisDocument,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 16, fraction = 2) BigDecimal amountOwed,
        @Size(max = 100) String judge,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PartyRequest> parties) {

    /** The enforcement basis (执行依据). */
    public enum BasisType {
        /** 判决书 / 裁定书 */
        JUDGMENT,
        /** 调解书 */
        MEDIATION,
        /** 仲裁裁决 */
        ARBITRAL_AWARD,
        /** 公证债权文书 */
        NOTARISED_DEBT
    }

    /** One party; {@code idNumber} is a resident ID for a person, a unified social credit code for a company. */
    public record PartyRequest(
            @NotNull PartyRole role,
            @NotNull PartyType type,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 18) String idNumber,
            @Size(max = 100) String legalRepresentative) {
    }
}
