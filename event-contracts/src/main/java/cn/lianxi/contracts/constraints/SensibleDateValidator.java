package cn.lianxi.contracts.constraints;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SensibleDate} on dates and instants against the validator's clock. */
public final class SensibleDateValidator {

    private SensibleDateValidator() {
    }

    private static boolean refuse(ConstraintValidatorContext context, String why) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(why).addConstraintViolation();
        return false;
    }

    /** For {@link LocalDate}: between the earliest date and today in the clock's zone. */
    public static class ForLocalDate implements ConstraintValidator<SensibleDate, LocalDate> {
        private LocalDate earliest;

        @Override
        public void initialize(SensibleDate annotation) {
            earliest = LocalDate.parse(annotation.earliest());
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null) {
                return true;
            }
            if (date.isBefore(earliest)) {
                return refuse(context, "is before " + earliest);
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !date.isAfter(today) || refuse(context, "is in the future");
        }
    }

    /** For {@link Instant}: after the earliest date, and at most the skew ahead of the clock. */
    public static class ForInstant implements ConstraintValidator<SensibleDate, Instant> {
        private Instant earliest;
        private long skewSeconds;

        @Override
        public void initialize(SensibleDate annotation) {
            earliest = LocalDate.parse(annotation.earliest()).atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant();
            skewSeconds = annotation.skewSeconds();
        }

        @Override
        public boolean isValid(Instant at, ConstraintValidatorContext context) {
            if (at == null) {
                return true;
            }
            if (at.isBefore(earliest)) {
                return refuse(context, "is before " + earliest);
            }
            Instant latest = context.getClockProvider().getClock().instant().plusSeconds(skewSeconds);
            return !at.isAfter(latest) || refuse(context, "is in the future (beyond " + skewSeconds + " s of clock skew)");
        }
    }
}
