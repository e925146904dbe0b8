package org.safar.delegation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.safar.identity.CurrentUser;
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

    DelegationController(DelegationService delegations, CurrentUser currentUser) {
        this.delegations = delegations;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<DelegationView> open(@Valid @RequestBody NewDelegation request) {
        Long id = delegations.open(request, currentUser.officer()).getId();
        return ResponseEntity.created(URI.create("/api/delegations/" + id)).body(delegations.view(id));
    }

    @GetMapping("/{id}")
    DelegationView get(@PathVariable Long id) {
        return delegations.view(id);
    }

    @GetMapping
    List<DelegationView> list(@RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String hostCountry, @RequestParam(required = false) Long programmeId) {
        return delegations.views(stage, hostCountry, programmeId);
    }
}
