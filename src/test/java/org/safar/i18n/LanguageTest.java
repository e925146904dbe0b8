package org.safar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageTest {

    @Test
    void theBrowsersFirstLanguageDecidesAsInTasklist() {
        assertThat(Language.requestedBy(request("ru-RU,ru;q=0.9,en-US;q=0.8"))).isEqualTo(Language.RU);
        assertThat(Language.requestedBy(request("uz-Latn-UZ,uz;q=0.9"))).isEqualTo(Language.UZ);
        assertThat(Language.requestedBy(request("kk"))).isEqualTo(Language.KK);
        assertThat(Language.requestedBy(request("mn-MN"))).isEqualTo(Language.MN);
    }

    @Test
    void aFirstLanguageSafarDoesNotSpeakMeansEnglishEvenWhenALaterOneIsSpoken() {
        assertThat(Language.requestedBy(request("de-DE,ru;q=0.9"))).isEqualTo(Language.EN);
    }

    @Test
    void theLanguagePickedInTasklistOutranksTheBrowser() {
        MockHttpServletRequest request = request("en-US,en;q=0.9");
        request.setCookies(new Cookie(Language.COOKIE, "kk"));
        assertThat(Language.requestedBy(request)).isEqualTo(Language.KK);
    }

    @Test
    void noLanguageOrNonsenseMeansEnglish() {
        assertThat(Language.requestedBy(new MockHttpServletRequest())).isEqualTo(Language.EN);
        assertThat(Language.requestedBy(request(";;q=x"))).isEqualTo(Language.EN);
        MockHttpServletRequest unknownChoice = request("ru");
        unknownChoice.setCookies(new Cookie(Language.COOKIE, "xx"));
        assertThat(Language.requestedBy(unknownChoice)).isEqualTo(Language.RU);
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }
}
