package org.safar.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.safar.identity.SafarGroups;
import org.safar.i18n.UserLanguages;
import org.springframework.stereotype.Component;

/**
 * One demo user per group, each with their user id as password (documented in the README). Some of
 * them are also in the staff registry, so the conflict-of-interest rules can be tried out. Each reads
 * Safar's e-mails in a language of their own, so that every language of the users is seen.
 */
@Component
class DemoIdentity {

    record DemoUser(String id, String firstName, String lastName, String language, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("aziza", "Aziza", "Karimova", "uz", List.of(SafarGroups.OFFICERS)),
            new DemoUser("gulnoza", "Gulnoza", "Aminova", "ru", List.of(SafarGroups.HR_VETTING)),
            new DemoUser("bakhtiyor", "Bakhtiyor", "Rakhimov", "uz", List.of(SafarGroups.DEPT_HEADS)),
            new DemoUser("otabek", "Otabek", "Khasanov", "ru", List.of(SafarGroups.AGENCY_DIRECTORS)),
            new DemoUser("madina", "Madina", "Sharipova", "en", List.of(SafarGroups.FINANCE)),
            new DemoUser("tokyo", "Mukhsinkhuja", "Abdurakhmanov", "en", List.of(SafarGroups.embassy("JP"))),
            new DemoUser("seoul", "Jamshid", "Kholmatov", "en", List.of(SafarGroups.embassy("KR"))),
            new DemoUser("berlin", "Kamila", "Rustamova", "ru", List.of(SafarGroups.embassy("DE"))),
            new DemoUser("astana", "Nurlan", "Abenov", "kk", List.of(SafarGroups.embassy("KZ"))),
            new DemoUser("ulaanbaatar", "Bolor", "Erdene", "mn", List.of(SafarGroups.embassy("MN"))),
            new DemoUser("jasur", "Jasur", "Tursunov", "uz", List.of(SafarGroups.PARTICIPANTS)),
            new DemoUser("malika", "Malika", "Yusupova", "ru", List.of(SafarGroups.PARTICIPANTS)),
            new DemoUser("sardor", "Sardor", "Alimov", "en", List.of(SafarGroups.PARTICIPANTS)));

    private final IdentityService identity;
    private final UserLanguages languages;

    DemoIdentity(IdentityService identity, UserLanguages languages) {
        this.identity = identity;
        this.languages = languages;
    }

    void create() {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@safar.example");
            user.setPassword(demo.id());
            identity.saveUser(user);
            languages.choose(demo.id(), demo.language());
            demo.groups().forEach(group -> identity.createMembership(demo.id(), group));
        }
    }
}
