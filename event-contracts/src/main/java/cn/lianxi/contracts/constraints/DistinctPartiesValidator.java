package cn.lianxi.contracts.constraints;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;

/** Checks {@link DistinctParties}. */
public class DistinctPartiesValidator implements ConstraintValidator<DistinctParties, List<PartyRef>> {

    @Override
    public boolean isValid(List<PartyRef> parties, ConstraintValidatorContext context) {
        if (parties == null) {
            return true;
        }
        if (parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.RESPONDENT)) {
            return refuse(context, "a case needs at least one respondent");
        }
        Set<String> seen = new HashSet<>();
        for (PartyRef p : parties) {
            if (p != null && p.idNumber() != null && !seen.add(p.idNumber().trim().toUpperCase(Locale.ROOT))) {
                return refuse(context, "the same identifier stands twice: a party twice, or the applicant as respondent");
            }
        }
        return true;
    }

    private static boolean refuse(ConstraintValidatorContext context, String why) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(why).addConstraintViolation();
        return false;
    }
}
