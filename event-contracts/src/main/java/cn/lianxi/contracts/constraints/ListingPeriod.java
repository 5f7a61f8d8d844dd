package cn.lianxi.contracts.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import cn.lianxi.contracts.ListingGround;

/**
 * A dishonest listing's term (法释〔2017〕7号 art. 2 para. 1): a listing on art. 1 items (2)–(6) lasts 24 months, or
 * is extended by one to three years to 36, 48 or 60; a listing on item (1) has no fixed term (it lasts until the
 * duty is performed), so it carries no {@code periodMonths}. Whether an extension is justified (violence or threats
 * in serious circumstances, several dishonest acts) is credit-sanction-service's rule.
 *
 * <p>On a field ({@code Integer}): the value is 24, 36, 48 or 60, or null. On a record that is a {@link Term}
 * (ground and period together, the period itself annotated too): item (1) has no period, and items (2)–(6) state
 * theirs when {@link #termRequired()} (else null means 24); a violation is reported on {@code periodMonths}.
 */
@Documented
@Constraint(validatedBy = {ListingPeriod.Validator.class, ListingPeriod.TermValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ListingPeriod {

    String message() default "a listing on art. 1 items (2)-(6) lasts 24 months, extended by one to three years to "
            + "36, 48 or 60 (法释〔2017〕7号 art. 2)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** On a {@link Term}: items (2)–(6) must state their period (the case event, where the default is applied). */
    boolean termRequired() default false;

    /** The periods art. 2 allows, in months. */
    Set<Integer> MONTHS = Set.of(24, 36, 48, 60);

    /** A listing decision: its ground and its period. */
    interface Term {
        ListingGround ground();

        Integer periodMonths();
    }

    /** Checks {@link ListingPeriod} on a period alone. */
    class Validator implements ConstraintValidator<ListingPeriod, Integer> {
        @Override
        public boolean isValid(Integer months, ConstraintValidatorContext context) {
            return months == null || MONTHS.contains(months);
        }
    }

    /** Checks {@link ListingPeriod} on a ground with its period. */
    class TermValidator implements ConstraintValidator<ListingPeriod, Term> {
        private boolean termRequired;

        @Override
        public void initialize(ListingPeriod annotation) {
            termRequired = annotation.termRequired();
        }

        @Override
        public boolean isValid(Term term, ConstraintValidatorContext context) {
            if (term == null || term.ground() == null) {
                return true;
            }
            Integer months = term.periodMonths();
            String why = null;
            if (!term.ground().hasFixedTerm() && months != null) {
                why = "a listing on art. 1 item (1) (able to perform but refusing) has no fixed term: it lasts until "
                        + "performance, so periodMonths is left out (法释〔2017〕7号 art. 2)";
            } else if (term.ground().hasFixedTerm() && months == null && termRequired) {
                why = "a listing on art. 1 items (2)-(6) states its term: 24, or 36, 48 or 60 months (法释〔2017〕7号 art. 2)";
            }
            if (why == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(why.replace("{", "\\{").replace("}", "\\}"))
                    .addPropertyNode("periodMonths").addConstraintViolation();
            return false;
        }
    }
}
