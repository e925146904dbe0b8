package org.safar.travel;

import java.time.Instant;
import java.util.List;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationRepository;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeRepository;
import org.safar.staff.StaffMember;
import org.safar.staff.StaffRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations for service tests, stored straight into the repository of a demo programme with
 * members from the demo registry, without a lifecycle running for them.
 */
@Component
public class TestDelegations {

    private final DelegationRepository delegations;
    private final ProgrammeRepository programmes;
    private final StaffRepository staff;

    TestDelegations(DelegationRepository delegations, ProgrammeRepository programmes, StaffRepository staff) {
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
        Delegation delegation = new Delegation(programmeTitle + " — test", "aziza", Instant.now());
        delegation.compose(programme, people);
        delegations.saveAndFlush(delegation);
        return new Group(delegation.getId(), delegation.getMembers().stream().map(DelegationMember::getId).toList());
    }

    /** The delegation's id and its members' ids, in the order the names were given. */
    public record Group(Long id, List<Long> memberIds) {

        public Long member(int index) {
            return memberIds.get(index);
        }
    }
}
