package org.safar.staff;

import java.util.Collection;
import java.util.List;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ApiMessages;
import org.safar.web.NotFoundException;
import org.safar.web.Rule;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional(readOnly = true)
public class StaffService {

    /** Groups that read the whole registry: officers nominate from it, vetting clears from it. */
    private static final List<String> REGISTRY_READERS = List.of(SafarGroups.OFFICERS, SafarGroups.HR_VETTING,
            SafarGroups.ADMINS);

    private final StaffRepository staff;
    private final CurrentUser currentUser;

    StaffService(StaffRepository staff, CurrentUser currentUser) {
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** The registry holds passports and careers: everyone else finds only their own record in it. */
    public List<StaffView> search(String name, String organisation, String region) {
        return staff.search(blankToNull(name), blankToNull(organisation), blankToNull(region)).stream()
                .filter(this::readable).map(StaffView::of).toList();
    }

    public StaffView view(Long id) {
        return staff.findById(id).filter(this::readable).map(StaffView::of)
                .orElseThrow(() -> new NotFoundException("staffMember", id));
    }

    private boolean readable(StaffMember member) {
        return currentUser.id().map(user -> user.equals(member.getUsername())
                || REGISTRY_READERS.stream().anyMatch(currentUser::isMemberOf)).orElse(true);
    }

    public List<StaffMember> all() {
        return staff.findAllByOrderByFullNameAsc();
    }

    public StaffMember get(Long id) {
        return staff.findById(id).orElseThrow(() -> new NotFoundException("staffMember", id));
    }

    /** Every one of the given staff members, or a 404 naming the first that is not in the registry. */
    public List<StaffMember> getAll(Collection<Long> ids) {
        List<StaffMember> found = staff.findAllById(ids);
        ids.stream().filter(id -> found.stream().noneMatch(s -> s.getId().equals(id))).findFirst()
                .ifPresent(missing -> {
                    throw new NotFoundException("staffMember", missing);
                });
        return found;
    }

    @Transactional
    public StaffView create(NewStaffMember request) {
        currentUser.requireAnyOf("addStaff", SafarGroups.OFFICERS, SafarGroups.ADMINS);
        Violations violations = new Violations()
                .check((request.passportNumber() == null) == (request.passportExpiry() == null), "passportExpiry",
                        Rule.TOGETHER, ApiMessages.text("together.passport"))
                .check(request.passportNumber() == null || !staff.existsByPassportNumber(request.passportNumber()),
                        "passportNumber", Rule.UNIQUE, ApiMessages.text("unique.passportNumber"))
                .check(request.username() == null || !staff.existsByUsername(request.username()),
                        "username", Rule.UNIQUE, ApiMessages.text("unique.username"));
        if (request.trips() != null) {
            for (int i = 0; i < request.trips().size(); i++) {
                NewStaffMember.PastTrip trip = request.trips().get(i);
                violations.check(!trip.returnDate().isBefore(trip.departure()), "trips[" + i + "].returnDate",
                        Rule.ORDER, ApiMessages.text("order.departure"));
            }
        }
        violations.throwIfAny();

        StaffMember member = new StaffMember(request.fullName().strip(), request.position().strip(), request.grade(),
                request.organisation().strip(), request.region().strip(), request.serviceStartDate())
                .withPassport(request.passportNumber(), request.passportExpiry())
                .inPersonnelReserve(request.personnelReserve())
                .withAccount(request.username());
        if (request.languages() != null) {
            request.languages().forEach(l -> member.speaking(l.language(), l.level()));
        }
        if (request.trips() != null) {
            request.trips().forEach(t -> member.travelled(
                    new Trip(t.country(), t.departure(), t.returnDate(), t.purpose().strip())));
        }
        return StaffView.of(staff.save(member));
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
