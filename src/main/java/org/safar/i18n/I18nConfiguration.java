package org.safar.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.safar.identity.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    /**
     * The language Safar's API answers in: the caller's, as Safar writes their e-mails (which Tasklist
     * keeps up to date and {@code PUT /api/me/language} sets), else what the request asks for.
     * Looked up once per request, and only when a message is written.
     */
    @Bean
    LocaleResolver localeResolver(UserLanguages users, CurrentUser currentUser) {
        return new LocaleResolver() {

            private static final String RESOLVED = LocaleResolver.class.getName() + ".safar";

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getAttribute(RESOLVED) instanceof Locale known) {
                    return known;
                }
                Locale language = currentUser.id().map(users::of).orElseGet(() -> Language.requestedBy(request))
                        .locale();
                request.setAttribute(RESOLVED, language);
                return language;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("A user chooses their language with PUT /api/me/language");
            }
        };
    }
}
