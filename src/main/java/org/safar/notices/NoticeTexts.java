package org.safar.notices;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationDecided.Decision;
import org.safar.i18n.Language;
import org.safar.i18n.TasklistNames;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails in their recipient's language from {@code i18n/notices*.properties}: English in
 * the base file, Russian, Uzbek (Latin), Kazakh and Mongolian beside it.
 */
@Component
public class NoticeTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final NoticesProperties properties;
    private final TasklistNames names;

    NoticeTexts(NoticesProperties properties, TasklistNames names) {
        this.properties = properties;
        this.names = names;
        messages.setBasename("i18n/notices");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** A task given to the recipient or offered to their group. */
    Letter taskCreated(Recipient to, String taskId, String taskKey, String englishName, Delegation delegation,
            Date due, boolean forGroup) {
        Locale language = to.language();
        String taskName = taskName(taskKey, englishName, language);
        return new Letter(text(language, "task.created.subject", subject(taskName, delegation)), new Body(language)
                .greeting(to)
                .paragraph(text(language, forGroup ? "task.created.forGroup" : "task.created.forYou"))
                .field("field.task", taskName)
                .field("field.delegation", delegation == null ? null : delegation.getReferenceAndTitle())
                .field("field.due", date(due, language))
                .link("open.task", properties.taskLink(taskId))
                .toString());
    }

    /** A task of the recipient's, or of their group's, that has reached its due date. */
    Letter taskDue(Recipient to, String taskId, String taskKey, String englishName, Delegation delegation, Date due) {
        Locale language = to.language();
        String taskName = taskName(taskKey, englishName, language);
        return new Letter(text(language, "task.due.subject", subject(taskName, delegation)), new Body(language)
                .greeting(to)
                .paragraph(text(language, "task.due.intro"))
                .field("field.task", taskName)
                .field("field.delegation", delegation == null ? null : delegation.getReferenceAndTitle())
                .field("field.due", date(due, language))
                .link("open.task", properties.taskLink(taskId))
                .toString());
    }

    /** How a delegation that concerns the recipient was decided. */
    public Letter decided(Recipient to, Decision decision, Delegation delegation, String reason, String decidedBy) {
        String delegationTitle = delegation.getReferenceAndTitle();
        Locale language = to.language();
        String key = "decision." + decision.name();
        return new Letter(text(language, key + ".subject", delegationTitle), new Body(language)
                .greeting(to)
                .paragraph(text(language, key + ".intro"))
                .field("field.delegation", delegationTitle)
                .field("field.reason", reason)
                .field("field.decidedBy", decidedBy)
                .link("open.tasklist", properties.tasklistUrl())
                .toString());
    }

    /** The task's name (the engine keeps the model's English) as Tasklist shows it to the recipient. */
    private String taskName(String taskKey, String englishName, Locale language) {
        return names.taskName(taskKey, englishName, Language.of(language.toLanguageTag()).orElse(Language.EN));
    }

    /** "Approve funding — SAF-2027-0042": ten tasks of one kind differ in their subjects. */
    private static String subject(String taskName, Delegation delegation) {
        return delegation == null ? taskName : taskName + " — " + delegation.getReference();
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static String date(Date date, Locale language) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** Greeting, what happened, the facts one per line, the link, and a footer; fields without a value are left out. */
    private final class Body {

        private final Locale language;
        private final StringBuilder text = new StringBuilder();

        Body(Locale language) {
            this.language = language;
        }

        Body greeting(Recipient to) {
            text.append(text(language, "greeting", to.name())).append("\n\n");
            return this;
        }

        Body paragraph(String paragraph) {
            text.append(paragraph).append("\n\n");
            return this;
        }

        Body field(String labelKey, String value) {
            if (value != null && !value.isBlank()) {
                text.append(text(language, labelKey)).append(": ").append(value).append('\n');
            }
            return this;
        }

        Body link(String labelKey, String url) {
            text.append('\n').append(text(language, labelKey)).append('\n').append(url).append("\n\n-- \n")
                    .append(text(language, "footer")).append('\n');
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
