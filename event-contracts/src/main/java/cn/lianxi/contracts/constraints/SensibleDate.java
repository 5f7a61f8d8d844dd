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
 * A date ({@code LocalDate}) or instant that makes sense for a court: not before {@link #earliest()} and not in the
 * future beyond {@link #skewSeconds()} (clocks of court systems drift). "Now" is the validator's
 * {@code ClockProvider}, which the services set to the platform's clock (Asia/Shanghai). Null passes.
 */
@Documented
@Constraint(validatedBy = {SensibleDateValidator.ForLocalDate.class, SensibleDateValidator.ForInstant.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SensibleDate {

    /** The earliest date accepted (ISO), e.g. {@code 1990-01-01} for filing dates. */
    String earliest() default "1990-01-01";

    /** How far in the future an instant may lie, for clock drift; dates may be today at the latest. */
    long skewSeconds() default 300;

    String message() default "is not a sensible date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
