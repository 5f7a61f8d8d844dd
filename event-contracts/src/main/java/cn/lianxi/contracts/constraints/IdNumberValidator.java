package cn.lianxi.contracts.constraints;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.PartyType;

/** Checks {@link IdNumber}. */
public class IdNumberValidator implements ConstraintValidator<IdNumber, IdNumber.Holder> {

    @Override
    public boolean isValid(IdNumber.Holder holder, ConstraintValidatorContext context) {
        if (holder == null || holder.idNumber() == null || holder.idType() == null) {
            return true;
        }
        String id = holder.idNumber().trim().toUpperCase(Locale.ROOT);
        Optional<String> error = holder.idType() == PartyType.COMPANY ? IdentityNumbers.creditCodeError(id)
                : IdentityNumbers.residentIdError(id).or(() -> bornInFuture(id, context));
        if (error.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(error.get()).addPropertyNode("idNumber").addConstraintViolation();
        return false;
    }

    private static Optional<String> bornInFuture(String id, ConstraintValidatorContext context) {
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        return IdentityNumbers.birthDateOf(id).filter(birth -> birth.isAfter(today))
                .map(birth -> "the resident ID's birth date is in the future");
    }
}
