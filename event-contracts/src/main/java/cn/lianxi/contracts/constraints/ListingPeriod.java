package cn.lianxi.contracts.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A dishonest listing's period in months: 24, or extended by one to three years to 36, 48 or 60
 * (法释〔2017〕7号 art. 2). Whether the extension is allowed for the ground is credit-sanction-service's rule.
 * Null passes (it means 24).
 */
@Documented
@Constraint(validatedBy = ListingPeriod.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ListingPeriod {

    String message() default "a listing lasts 24 months, extended by one to three years to 36, 48 or 60 (法释〔2017〕7号 art. 2)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ListingPeriod}. */
    class Validator implements ConstraintValidator<ListingPeriod, Integer> {
        @Override
        public boolean isValid(Integer months, ConstraintValidatorContext context) {
            return months == null || months == 24 || months == 36 || months == 48 || months == 60;
        }
    }
}
