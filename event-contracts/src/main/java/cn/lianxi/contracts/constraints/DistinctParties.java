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
import jakarta.validation.Payload;

/**
 * A case's parties: at least one respondent, no identifier twice (the same party twice, or the applicant also the
 * respondent, which no enforcement can have). Null passes.
 */
@Documented
@Constraint(validatedBy = DistinctPartiesValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface DistinctParties {

    String message() default "the parties are not distinct";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
