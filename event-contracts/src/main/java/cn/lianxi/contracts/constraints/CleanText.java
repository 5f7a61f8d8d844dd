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
import jakarta.validation.Payload;

/**
 * Text a person reads and other systems match on (names, case numbers, document numbers): no control characters
 * (NUL, C0, C1), no bidirectional overrides or isolates that make a name read differently from what it is, no lone
 * surrogates, not made only of invisible characters, and, unless {@link #multiLine()}, no line breaks. Such text is
 * refused at the edge: stored, it breaks PostgreSQL (NUL), look-ups and masking. Null passes.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CleanText {

    /** Line breaks and tabs allowed (a summary of evidence, a reason). */
    boolean multiLine() default false;

    String message() default "contains control, invisible or direction-changing characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
