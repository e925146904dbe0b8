package org.safar.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text that people read in Tasklist, in e-mails and in reports, and nothing else: no markup, no
 * expressions for an engine to evaluate, no control characters. A name or title (the default) also
 * takes no statement separators; prose (a reason, a description) may use them as prose does.
 * Markup and SQL are harmless to Safar itself (forms escape, queries bind); refusing them keeps them
 * out of the systems and documents that Safar's data travels on to.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** Braces and dollar escaped: Hibernate Validator would read {@code ${ }} as an expression of its own. */
    String message() default "must be plain text: no markup (< >), expressions (\\$\\{ \\} or #\\{ \\}), control"
            + " characters or statement separators (; --)";

    boolean prose() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same rules for text that services check themselves. */
    final class Rules {

        private static final Pattern NOT_IN_PROSE = Pattern.compile("[<>]|[$#]\\{|[\\p{Cntrl}&&[^\\n\\r\\t]]");
        private static final Pattern NOT_IN_NAMES = Pattern.compile("[<>;]|--|[$#]\\{|\\p{Cntrl}");

        private Rules() {
        }

        public static boolean isName(String text) {
            return text == null || !NOT_IN_NAMES.matcher(text).find();
        }

        public static boolean isProse(String text) {
            return text == null || !NOT_IN_PROSE.matcher(text).find();
        }
    }

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean prose;

        @Override
        public void initialize(PlainText annotation) {
            prose = annotation.prose();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return prose ? Rules.isProse(text) : Rules.isName(text);
        }
    }
}
