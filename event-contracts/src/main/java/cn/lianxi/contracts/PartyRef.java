package cn.lianxi.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.IdNumber;

/**
 * A party of an enforcement case as it travels in court events and case events: a person (resident ID,
 * 居民身份证号码) or a company (unified social credit code, 统一社会信用代码).
 *
 * @param role    APPLICANT (申请执行人) or RESPONDENT (被执行人)
 * @param type    PERSON or COMPANY
 * @param name    the party's name
 * @param idNumber resident ID (GB 11643) for a person, unified social credit code (GB 32100) for a company
 * @param minor   in case events: true when a person was under 18 on the case's filing date; a court's value is
 *                not read (case-service computes it)
 * @param legalRepresentative for a company, its legal representative (法定代表人); otherwise null
 */
@IdNumber
public record PartyRef(
        @NotNull PartyRole role,
        @NotNull PartyType type,
        @NotBlank @Size(max = 200) @CleanText String name,
        @NotBlank @Size(max = 18) String idNumber,
        boolean minor,
        @Size(max = 100) @CleanText String legalRepresentative) implements IdNumber.Holder {

    @Override
    @JsonIgnore
    public PartyType idType() {
        return type;
    }

    /** This party with its identifier in the one stored form (trimmed, upper case) and {@code minor} as given. */
    public PartyRef normalised(boolean isMinor) {
        return new PartyRef(role, type, name.strip(), idNumber.trim().toUpperCase(java.util.Locale.ROOT), isMinor,
                legalRepresentative == null || legalRepresentative.isBlank() ? null : legalRepresentative.strip());
    }
}
