package org.safar.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.safar.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The texts Safar writes into a form beside its fields (sentences, codes, people, dates, amounts) in the
 * language of the person who opens it: the language Tasklist asks in ({@link Language#requestedBy}), English
 * outside a request. Sentences come from the bundle {@code i18n/generated}.
 *
 * <p>A sentence that is stored (an eligibility reason, a problem of the group) is stored as a
 * {@link #phrase phrase}, its key and arguments, and rendered when read, so that each reader reads it in
 * their own language. What was stored as plain text before stays as it was written.
 */
@Component
public class GeneratedTexts {

    static final String BUNDLE = "i18n/generated";

    /** Marks a stored phrase; no English sentence starts with it. */
    private static final String PHRASE = "§";
    /** Between the key and the arguments of a stored phrase. */
    private static final String SEPARATOR = "\u001F";
    /** Between stored phrases that are read as one text, a line each. */
    private static final String LINES = "\u001E";
    /** Kinds of coded argument that name a Safar user or a Camunda group, by id. */
    private static final String PERSON = "person";
    private static final String GROUP = "group";
    /** Marks a stored argument that is an amount, its currency before the colon. */
    private static final String AMOUNT = "¤";
    /** The kind of code that is an ISO 639 language, named by the JDK in the reader's language. */
    private static final String LANGUAGE = "language";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final TasklistNames names;
    private final Clock clock;

    GeneratedTexts(IdentityService identity, CurrentUser currentUser, TasklistNames names, Clock clock) {
        this.identity = identity;
        this.currentUser = currentUser;
        this.names = names;
        this.clock = clock;
    }

    /** The language of the request being answered, English when there is none (a test, a timer). */
    public Language language() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Language.requestedBy(request.getRequest()) : Language.EN;
    }

    /** A sentence of the bundle with its arguments, in the reader's language. */
    public String text(String key, Object... arguments) {
        return text(language(), key, arguments);
    }

    /** A stored phrase or plain stored text in English, for the API and the logs. */
    public static String inEnglish(String text) {
        return stored(Language.EN, text);
    }

    /** A code (a grade, a clearance, an answer) as a word: {@code code.<kind>.<code>}; an unknown code stays. */
    public String code(String kind, Object code) {
        return code(language(), kind, code);
    }

    /** A day as the reader writes it: "4 декабря 2026 г.", "4 December 2026". */
    public String date(LocalDate day) {
        return date(language(), day);
    }

    /** The day a moment falls on in Safar's time zone, as the reader writes it; empty for none. */
    public String day(Instant moment) {
        return moment == null ? "" : date(LocalDate.ofInstant(moment, clock.getZone()));
    }

    /** A period, "4 – 18 December 2026" written with both days in full. */
    public String dates(LocalDate from, LocalDate to) {
        return text("period", date(from), date(to));
    }

    /** An amount with its currency, "1 660,00 USD" in Russian. */
    public String amount(BigDecimal amount, String currency) {
        return amount(language(), amount, currency);
    }

    /** A Safar user's full name, their id when the identity service has no name for them. */
    public String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        User user = currentUser.asSafar(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = String.join(" ", Objects.toString(user.getFirstName(), ""),
                Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? userId : name;
    }

    /** A Camunda group as Tasklist names it in the reader's language: "Руководители подразделений". */
    public String group(String groupId) {
        return group(groupId, language());
    }

    /** A group by its name in a given language: for a refusal, in the language of the person refused. */
    public String group(String groupId, Language language) {
        if (groupId == null || groupId.isBlank()) {
            return "";
        }
        Group group = currentUser.asSafar(() -> identity.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null ? groupId
                : names.groupName(groupId, group.getName(), language);
    }

    /**
     * A stored phrase or plain stored text, in the reader's language; a person or a group among its
     * arguments by name.
     */
    public String stored(String text) {
        Language language = language();
        return stored(language, text, (kind, code) -> PERSON.equals(kind) ? person(code)
                : GROUP.equals(kind) ? group(code) : code(language, kind, code));
    }

    /**
     * A sentence to store and render later in each reader's language. An argument that is a
     * {@link LocalDate} is shown as a date; a {@link Coded} one as the word of its code; an {@link Amount}
     * grouped as the reader's language groups it.
     */
    public static String phrase(String key, Object... arguments) {
        StringBuilder stored = new StringBuilder(PHRASE).append(key);
        for (Object argument : arguments) {
            String written = argument instanceof Coded c ? "#" + c.kind() + ":" + c.code()
                    : argument instanceof Amount a ? AMOUNT + a.currency() + ":" + a.amount().toPlainString()
                    : argument instanceof LocalDate day ? day.toString() : String.valueOf(argument);
            if (written.contains(SEPARATOR)) {
                throw new IllegalArgumentException("An argument cannot hold the separator: " + written);
            }
            stored.append(SEPARATOR).append(written);
        }
        return stored.toString();
    }

    /** Stored phrases to store as one text, read a line each. */
    public static String lines(List<String> phrases) {
        phrases.stream().filter(phrase -> phrase.contains(LINES)).findAny().ifPresent(phrase -> {
            throw new IllegalArgumentException("A phrase cannot hold the separator of lines: " + phrase);
        });
        return String.join(LINES, phrases);
    }

    /**
     * An argument of a phrase that is a code, e.g. a language level {@code B2} of the kind {@code level}.
     * Of the kinds {@code person} and {@code group} it is a user's or a group's id: a reader reads the
     * name, the API and the logs ({@link #inEnglish}) the id.
     */
    public record Coded(String kind, String code) {

        public static Coded person(String userId) {
            return new Coded(PERSON, userId);
        }

        public static Coded group(String groupId) {
            return new Coded(GROUP, groupId);
        }
    }

    /** An argument of a phrase that is an amount of money, e.g. {@code 1930.00} {@code USD}. */
    public record Amount(BigDecimal amount, String currency) {
    }

    static String stored(Language language, String text) {
        return stored(language, text, (kind, code) -> code(language, kind, code));
    }

    private static String stored(Language language, String text, BinaryOperator<String> word) {
        if (text != null && text.contains(LINES)) {
            return Arrays.stream(text.split(LINES, -1)).map(line -> stored(language, line, word))
                    .collect(Collectors.joining("\n"));
        }
        if (text == null || !text.startsWith(PHRASE)) {
            return text;
        }
        List<String> parts = Arrays.asList(text.substring(PHRASE.length()).split(SEPARATOR, -1));
        Object[] arguments = parts.subList(1, parts.size()).stream().map(argument -> {
            if (argument.startsWith("#") && argument.indexOf(':') > 1) {
                int colon = argument.indexOf(':');
                return word.apply(argument.substring(1, colon), argument.substring(colon + 1));
            }
            if (argument.startsWith(AMOUNT) && argument.indexOf(':') > 1) {
                int colon = argument.indexOf(':');
                return amount(language, new BigDecimal(argument.substring(colon + 1)),
                        argument.substring(AMOUNT.length(), colon));
            }
            return ISO_DATE.matcher(argument).matches() ? date(language, LocalDate.parse(argument)) : argument;
        }).toArray();
        return text(language, parts.get(0), arguments);
    }

    static String text(Language language, String key, Object... arguments) {
        String pattern = find(language, key).or(() -> find(Language.EN, key))
                .orElseThrow(() -> new MissingResourceException("No text " + key, BUNDLE, key));
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    static String code(Language language, String kind, Object code) {
        if (code == null) {
            return "";
        }
        if (LANGUAGE.equals(kind)) {
            String name = Locale.forLanguageTag(code.toString()).getDisplayLanguage(language.locale());
            return name.isEmpty() ? code.toString() : name;
        }
        String key = "code." + kind + "." + code;
        return find(language, key).or(() -> find(Language.EN, key)).orElse(code.toString());
    }

    static String date(Language language, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(day);
    }

    static String amount(Language language, BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(language));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }

    private static Locale locale(Language language) {
        return language == Language.EN ? Locale.UK : language.locale();
    }

    private static Optional<String> find(Language language, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                language == Language.EN ? Locale.ROOT : language.locale(), NO_FALLBACK);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }
}
