package org.safar.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.staff.NewStaffMember;
import org.safar.staff.StaffService;
import org.safar.web.ApiMessages;
import org.springframework.stereotype.Component;

/**
 * The staff registry from an HR system's export. The {@code username} column links a person to their
 * Camunda account, as {@code POST /api/staff} does: the link is the user id, so an account created
 * later links by itself; a row whose user does not exist yet is imported with a note, not refused.
 */
@Component
class StaffRows implements Importer<NewStaffMember> {

    private final StaffService staff;
    private final CurrentUser currentUser;
    private final IdentityService identity;

    StaffRows(StaffService staff, CurrentUser currentUser, IdentityService identity) {
        this.staff = staff;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @Override
    public String kind() {
        return "staff";
    }

    @Override
    public Class<NewStaffMember> requestType() {
        return NewStaffMember.class;
    }

    @Override
    public void checkCaller() {
        currentUser.requireAnyOf("importStaff", SafarGroups.OFFICERS, SafarGroups.ADMINS);
    }

    @Override
    public Map<String, Object> uniqueValues(NewStaffMember request) {
        Map<String, Object> unique = new HashMap<>();
        unique.put("passportNumber", request.passportNumber());
        unique.put("username", request.username());
        return unique;
    }

    @Override
    public Long store(NewStaffMember request) {
        return staff.create(request).id();
    }

    /** Asked as Safar: whether a user exists is not for the caller's permissions on Camunda's users to hide. */
    @Override
    public List<RowNote> notes(int row, NewStaffMember request) {
        String username = request.username();
        if (username == null
                || currentUser.asSafar(() -> identity.createUserQuery().userId(username).count()) > 0) {
            return List.of();
        }
        return List.of(new RowNote(row, "username", ApiMessages.text("import.noAccount", username)));
    }
}
