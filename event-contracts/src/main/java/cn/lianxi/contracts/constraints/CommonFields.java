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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields that stand in many contract records, each with its one rule spelled once: the sizes are those of the
 * columns the services store them in, so a value that passes here fits there. Each is a composed constraint (Jakarta
 * Validation 3.0, "Constraint composition"): a violation reports its part's own message ("must not be blank", "size
 * must be between 0 and 60") under the field's name, exactly as the parts written out would.
 */
public final class CommonFields {

    private CommonFields() {
    }

    /** A court-assigned event id, unique per court (re-sending it is harmless, other content under it refused). */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @NotBlank
    @Size(max = 100)
    @CleanText
    public @interface EventId {
        String message() default "not a valid event id";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A court's code (e.g. {@code C320508}). */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @NotBlank
    @Size(max = 20)
    @CleanText
    public @interface CourtCode {
        String message() default "not a valid court code";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A case number as the court writes it (e.g. {@code (2023)苏05执123号}). */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @NotBlank
    @Size(max = 60)
    @CleanText
    public @interface CaseNumber {
        String message() default "not a valid case number";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A person's name where it may be left out (承办人, a judge, an officer). */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @Size(max = 100)
    @CleanText
    public @interface OfficerName {
        String message() default "not a valid name";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A deposit account's number at its bank. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @NotBlank
    @Size(max = 40)
    @CleanText
    public @interface AccountNumber {
        String message() default "not a valid account number";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The respondent a measure is about, by ID number; null names the case's only respondent. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @Size(max = 18)
    @CleanText
    public @interface RespondentId {
        String message() default "not a valid ID number";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Why, in a sentence or a short paragraph (a suspension, a resumption, a status change). */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @Size(max = 500)
    @CleanText(multiLine = true)
    public @interface Reason {
        String message() default "not a valid reason";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
