package cn.lianxi.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.IdNumber;

/**
 * A person a company's consumption restriction order also binds (法释〔2015〕17号 art. 3, second paragraph).
 *
 * @param role     the capacity in which the order binds them
 * @param name     the person's name
 * @param idNumber their resident ID, when the order gives it (a check by ID finds them only then)
 */
@IdNumber
public record BoundPerson(
        @NotNull BoundPersonRole role,
        @NotBlank @Size(max = 200) @CleanText String name,
        @Size(max = 18) String idNumber) implements IdNumber.Holder {

    @Override
    @JsonIgnore
    public PartyType idType() {
        return PartyType.PERSON;
    }
}
