package org.safar.delegation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.safar.identity.CurrentUser;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.safar.web.SameMomentRetry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/delegations")
class DelegationController {

    private final DelegationService delegations;
    private final CurrentUser currentUser;

    private final CancellationService cancellations;

    DelegationController(DelegationService delegations, CancellationService cancellations, CurrentUser currentUser) {
        this.delegations = delegations;
        this.cancellations = cancellations;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<DelegationView> open(@Valid @RequestBody NewDelegation request) {
        Long id = delegations.open(request, currentUser.officer("openDelegations")).getId();
        return ResponseEntity.created(URI.create("/api/delegations/" + id)).body(delegations.view(id));
    }

    /**
     * Cancels the delegation at whatever stage it is: its open tasks close and a reservation is released.
     * Sent again with the same reason, now or at the same moment, it answers as the first call did.
     */
    @PostMapping("/{id}/cancel")
    DelegationView cancel(@PathVariable Long id, @Valid @RequestBody ReasonRequest request) {
        String officer = currentUser.officer("cancelDelegations");
        SameMomentRetry.once(() -> cancellations.requestCancellation(id, request.reason(), officer));
        return delegations.view(id);
    }

    /** Takes one member out of the group; the others go on. Sent again with the same reason, it answers alike. */
    @PostMapping("/{id}/members/{memberId}/withdraw")
    DelegationView withdrawMember(@PathVariable Long id, @PathVariable Long memberId,
            @Valid @RequestBody ReasonRequest request) {
        String officer = currentUser.officer("withdrawMembers");
        SameMomentRetry.once(() -> delegations.withdrawMember(id, memberId, request.reason(), officer));
        return delegations.view(id);
    }

    @GetMapping("/{id}")
    DelegationView get(@PathVariable Long id) {
        return delegations.view(id);
    }

    @GetMapping
    List<DelegationView> list(@RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String hostCountry, @RequestParam(required = false) Long programmeId) {
        if (hostCountry != null && !hostCountry.matches("[A-Z]{2}")) {
            throw new InvalidRequestException("hostCountry", Rule.PATTERN, ApiMessages.text("pattern.countryCode"));
        }
        return delegations.views(stage, hostCountry, programmeId);
    }
}
