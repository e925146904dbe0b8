package org.safar.notices;

import org.safar.i18n.UserLanguages;
import org.safar.identity.CurrentUser;
import org.safar.web.ApiMessages;
import org.safar.web.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling user's own language, for the e-mails Safar sends them. */
@RestController
@RequestMapping("/api/me/language")
class MyLanguageController {

    record LanguageChoice(String language) {
    }

    private final UserLanguages languages;
    private final CurrentUser currentUser;

    MyLanguageController(UserLanguages languages, CurrentUser currentUser) {
        this.languages = languages;
        this.currentUser = currentUser;
    }

    @GetMapping
    LanguageChoice get() {
        return new LanguageChoice(languages.of(me()).code());
    }

    @PutMapping
    LanguageChoice set(@RequestBody LanguageChoice choice) {
        return new LanguageChoice(languages.choose(me(), choice.language()).code());
    }

    private String me() {
        return currentUser.id().orElseThrow(() -> new ForbiddenException(ApiMessages.text("forbidden.logIn", ApiMessages.text("action.chooseLanguage"))));
    }
}
