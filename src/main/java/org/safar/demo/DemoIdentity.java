package org.safar.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.safar.identity.SafarGroups;
import org.springframework.stereotype.Component;

/**
 * One demo user per group, each with their user id as password (documented in the README). Some of
 * them are also in the staff registry, so the conflict-of-interest rules can be tried out.
 */
@Component
class DemoIdentity {

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("aziza", "Aziza", "Karimova", List.of(SafarGroups.OFFICERS)),
            new DemoUser("gulnoza", "Gulnoza", "Aminova", List.of(SafarGroups.HR_VETTING)),
            new DemoUser("bakhtiyor", "Bakhtiyor", "Rakhimov", List.of(SafarGroups.DEPT_HEADS)),
            new DemoUser("otabek", "Otabek", "Khasanov", List.of(SafarGroups.AGENCY_DIRECTORS)),
            new DemoUser("madina", "Madina", "Sharipova", List.of(SafarGroups.FINANCE)),
            new DemoUser("tokyo", "Mukhsinkhuja", "Abdurakhmanov", List.of(SafarGroups.embassy("JP"))),
            new DemoUser("seoul", "Jamshid", "Kholmatov", List.of(SafarGroups.embassy("KR"))),
            new DemoUser("berlin", "Kamila", "Rustamova", List.of(SafarGroups.embassy("DE"))),
            new DemoUser("astana", "Nurlan", "Abenov", List.of(SafarGroups.embassy("KZ"))),
            new DemoUser("ulaanbaatar", "Bolor", "Erdene", List.of(SafarGroups.embassy("MN"))),
            new DemoUser("jasur", "Jasur", "Tursunov", List.of(SafarGroups.PARTICIPANTS)),
            new DemoUser("malika", "Malika", "Yusupova", List.of(SafarGroups.PARTICIPANTS)),
            new DemoUser("sardor", "Sardor", "Alimov", List.of(SafarGroups.PARTICIPANTS)));

    private final IdentityService identity;

    DemoIdentity(IdentityService identity) {
        this.identity = identity;
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
            demo.groups().forEach(group -> identity.createMembership(demo.id(), group));
        }
    }
}
