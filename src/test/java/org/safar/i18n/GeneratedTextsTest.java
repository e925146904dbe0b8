package org.safar.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.i18n.GeneratedTexts.phrase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safar.i18n.GeneratedTexts.Amount;
import org.safar.i18n.GeneratedTexts.Coded;

/**
 * The texts Safar writes into forms: every key in every language, no English left in the others, dates
 * and amounts as each language writes them, and stored phrases read in the reader's language.
 */
class GeneratedTextsTest {

    /** Words of three Latin letters or more: in Russian, Kazakh and Mongolian every one is English. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");
    /** What may stay in Latin letters: the currency and the CEFR levels are codes in every language. */
    private static final Set<String> CODES = Set.of("USD");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyTextHasItsTranslationAndNoEnglish(Language language) {
        ResourceBundle english = bundle(Language.EN);
        ResourceBundle translated = bundle(language);
        SoftAssertions softly = new SoftAssertions();
        for (String key : Collections.list(english.getKeys())) {
            softly.assertThat(translated.containsKey(key)).as("%s in %s", key, language).isTrue();
            if (!translated.containsKey(key)) {
                continue;
            }
            String text = translated.getString(key);
            softly.assertThat(placeholders(text)).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getString(key)));
            if (language == Language.UZ) {
                // Uzbek is written in Latin letters: no text may be left as the English one.
                softly.assertThat(text).as("%s in Uzbek", key)
                        .satisfiesAnyOf(t -> assertThat(t).isNotEqualTo(english.getString(key)),
                                t -> assertThat(LATIN_WORD.matcher(t).find()).isFalse());
            } else {
                Matcher word = LATIN_WORD.matcher(text);
                while (word.find()) {
                    softly.assertThat(CODES).as("Latin word '%s' in %s of %s", word.group(), key, language)
                            .contains(word.group());
                }
            }
        }
        Collections.list(translated.getKeys()).forEach(key ->
                softly.assertThat(english.containsKey(key)).as("%s of %s is not in English", key, language).isTrue());
        softly.assertAll();
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(GeneratedTexts.date(Language.EN, day)).isEqualTo("December 4, 2026");
        assertThat(GeneratedTexts.date(Language.RU, day)).isEqualTo("4 декабря 2026 г.");
        assertThat(GeneratedTexts.date(Language.UZ, day)).contains("dekabr").contains("2026");
        assertThat(GeneratedTexts.date(Language.KK, day)).contains("желтоқсан").contains("2026");
        assertThat(GeneratedTexts.date(Language.MN, day)).contains("2026").doesNotContainPattern("\\p{IsLatin}");
    }

    @Test
    void amountsAreGroupedAsEachLanguageGroupsThem() {
        BigDecimal amount = new BigDecimal("1660");
        assertThat(GeneratedTexts.amount(Language.EN, amount, "USD")).isEqualTo("1,660.00 USD");
        // Grouped with a no-break space (narrow or not, as the JDK's locale data has it): an amount never breaks.
        assertThat(GeneratedTexts.amount(Language.RU, amount, "USD")).matches("1[\u00A0\u202F]660,00 USD");
        assertThat(GeneratedTexts.amount(Language.KK, amount, "USD")).matches("1[\u00A0\u202F]660,00 USD");
    }

    @Test
    void aStoredPhraseIsReadInTheReadersLanguage() {
        String stored = phrase("eligibility.passportTooSoon", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 20));

        assertThat(GeneratedTexts.inEnglish(stored))
                .isEqualTo("Passport expires on March 1, 2027, less than 6 months after the return on May 20, 2027");
        assertThat(GeneratedTexts.stored(Language.RU, stored))
                .isEqualTo("Паспорт действителен до 1 марта 2027 г. — менее 6 месяцев после возвращения 20 мая 2027 г.");
    }

    @Test
    void codedArgumentsBecomeWords() {
        String stored = phrase("eligibility.languageLevel", new Coded("language", "ja"), new Coded("level", "B2"),
                new Coded("level", "none"));

        assertThat(GeneratedTexts.inEnglish(stored))
                .isEqualTo("Japanese is required at level B2; the nominee's level is none");
        assertThat(GeneratedTexts.stored(Language.RU, stored))
                .isEqualTo("Требуется японский на уровне B2; уровень кандидата — не владеет");
    }

    @Test
    void aGroupSizeSentenceNamesTheKindInTheReadersLanguage() {
        String stored = phrase("group.sizeBetween", new Coded("kind", "SHORT_COURSE"), 10, 15, 2);

        assertThat(GeneratedTexts.inEnglish(stored)).isEqualTo("A short course sends 10–15 people; this delegation has 2.");
        assertThat(GeneratedTexts.stored(Language.RU, stored))
                .isEqualTo("По программе вида «краткосрочные курсы» едут от 10 до 15 человек; в этой делегации — 2.");
    }

    @Test
    void anAmountArgumentIsGroupedAsTheReaderGroupsIt() {
        String stored = phrase("shortfall.lineShort", "ADPS-TRN-2027", "Staff training",
                new Amount(new BigDecimal("2000.00"), "USD"), new Amount(new BigDecimal("4515"), "USD"));

        assertThat(GeneratedTexts.inEnglish(stored))
                .isEqualTo("ADPS-TRN-2027 (Staff training) has 2,000.00 USD left; the delegation needs 4,515.00 USD.");
        assertThat(GeneratedTexts.stored(Language.RU, stored).replaceAll("[\u00A0\u202F]", " ")).isEqualTo(
                "На статье ADPS-TRN-2027 (Staff training) осталось 2 000,00 USD; делегации нужно 4 515,00 USD.");
    }

    @Test
    void linesOfPhrasesAreReadALineEachAndPeopleAndGroupsKeepTheirIdsForTheApi() {
        String stored = GeneratedTexts.lines(List.of(
                phrase("returned.rejected", Coded.person("otabek"), Coded.group("agency-directors"), "Too many"),
                phrase("returned.notCleared", "Jasur Tursunov", "Proceedings pending")));

        assertThat(GeneratedTexts.inEnglish(stored)).isEqualTo("Rejected by otabek (agency-directors): Too many\n"
                + "Jasur Tursunov was not cleared: Proceedings pending");
        assertThat(GeneratedTexts.stored(Language.RU, stored)).isEqualTo("otabek (agency-directors) отклонил(а) "
                + "делегацию: Too many\nJasur Tursunov — не допущен(а): Proceedings pending");
    }

    @Test
    void textStoredBeforePhrasesStaysAsItWasWritten() {
        assertThat(GeneratedTexts.stored(Language.RU, "No passport on record")).isEqualTo("No passport on record");
        assertThat(GeneratedTexts.stored(Language.RU, null)).isNull();
    }

    @Test
    void anUnknownCodeStaysAsItIs() {
        assertThat(GeneratedTexts.code(Language.RU, "grade", "SENIOR")).isEqualTo("старшая");
        assertThat(GeneratedTexts.code(Language.RU, "grade", "PRINCIPAL")).isEqualTo("PRINCIPAL");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\{\\d+}").matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(GeneratedTexts.BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
