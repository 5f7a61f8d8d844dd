package cn.lianxi.contracts.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * An amount in CNY ({@link cn.lianxi.contracts.Money}): at most two decimals, at least {@link #min()} (0.01 unless
 * zero is allowed), at most {@code Money.MAX}. Null passes: combine with {@code @NotNull} where it is required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Digits(integer = 14, fraction = 2, message = "an amount has at most 14 digits before and 2 after the point (分)")
@DecimalMin(value = "0.01", message = "the amount is too small")
@DecimalMax(value = "99999999999999.99", message = "the amount is beyond 99999999999999.99")
public @interface Amount {

    /** The smallest amount allowed; {@code "0.00"} where zero makes sense (a balance, an amount recovered). */
    @OverridesAttribute(constraint = DecimalMin.class, name = "value")
    String min() default "0.01";

    String message() default "not a valid amount";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
