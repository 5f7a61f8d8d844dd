package cn.lianxi.contracts.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a record implementing {@link IdNumber.Holder}: its {@code idNumber} is a valid resident ID (GB 11643, with a
 * birth date not in the future) for a person, or a valid unified social credit code (GB 32100) for a company. The
 * violation is reported on the {@code idNumber} field and never repeats the number.
 */
@Documented
@Constraint(validatedBy = IdNumberValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface IdNumber {

    String message() default "not a valid identifier";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the check needs of a party. */
    interface Holder {
        /** PERSON or COMPANY; null lets another constraint report the missing type. */
        cn.lianxi.contracts.PartyType idType();

        /** The identifier; null passes (required-ness is {@code @NotBlank}'s job). */
        String idNumber();
    }
}
