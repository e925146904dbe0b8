package org.safar.travel;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeRepository;
import org.safar.staff.StaffMember;
import org.safar.staff.StaffRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations for service tests, opened as drafts (no lifecycle runs for them) of a demo programme
 * with members from the demo registry.
 */
@Component
public class TestDelegations {

    private final DelegationService delegations;
    private final ProgrammeRepository programmes;
    private final StaffRepository staff;
    private final EntityManager entityManager;

    TestDelegations(DelegationService delegations, ProgrammeRepository programmes, StaffRepository staff,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.delegations = delegations;
        this.programmes = programmes;
        this.staff = staff;
    }

    /** A delegation of the demo programme whose title starts so, with the named staff as members. */
    @Transactional
    public Group create(String programmeTitle, String... fullNames) {
        Programme programme = programmes.findAll().stream().filter(p -> p.getTitle().startsWith(programmeTitle))
                .findFirst().orElseThrow(() -> new AssertionError("No demo programme " + programmeTitle));
        List<StaffMember> people = List.of(fullNames).stream()
                .map(name -> staff.search(name, null, null).stream().filter(s -> s.getFullName().equals(name))
                        .findFirst().orElseThrow(() -> new AssertionError("No staff member " + name)))
                .toList();
        Long id = delegations.openDraft(programmeTitle + " — test", "aziza").getId();
        // One member at a time, so that the members' ids follow the names as given.
        for (int size = 1; size <= people.size(); size++) {
            delegations.compose(id, programme.getId(),
                    people.subList(0, size).stream().map(StaffMember::getId).toList());
            entityManager.flush();
        }
        return new Group(id, delegations.get(id).getMembers().stream().map(DelegationMember::getId).toList());
    }

    /** The delegation's id and its members' ids, in the order the names were given. */
    public record Group(Long id, List<Long> memberIds) {

        public Long member(int index) {
            return memberIds.get(index);
        }
    }
}
