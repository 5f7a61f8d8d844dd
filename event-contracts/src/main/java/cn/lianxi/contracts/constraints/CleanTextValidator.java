package cn.lianxi.contracts.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}; says which rule the text breaks, never repeating the text. */
public class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

    private boolean multiLine;

    @Override
    public void initialize(CleanText annotation) {
        multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        String problem = problem(text, multiLine);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** Why {@code text} is not clean, or null. */
    public static String problem(CharSequence text, boolean multiLine) {
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                visible = true;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (broken UTF-16)";
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!multiLine) {
                    return "must be a single line";
                }
                continue;
            }
            if (c == '\t' && multiLine) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return "contains a control character";
            }
            if (isDirectionControl(c)) {
                return "contains a bidirectional override or isolate";
            }
            visible |= !isInvisible(c);
        }
        return visible || text.isEmpty() ? null : "is made only of invisible characters";
    }

    /** U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), U+200E/U+200F, U+061C (marks). */
    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == '\u3164' || c == '\uFFA0' || c == '\u115F' || c == '\u1160';
    }
}
