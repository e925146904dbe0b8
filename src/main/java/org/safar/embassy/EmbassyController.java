package org.safar.embassy;

import org.safar.web.SameMomentRetry;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/delegations/{id}")
class EmbassyController {

    private final HostConfirmations confirmations;

    EmbassyController(HostConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    /**
     * Another system confirms the host arrangements; sent again with the same reference, later or at the same
     * moment, it changes nothing and answers as the first call did.
     */
    @PostMapping("/embassy-confirmation")
    ConfirmationView confirm(@PathVariable Long id, @RequestBody ExternalConfirmation confirmation) {
        return SameMomentRetry.once(() -> confirmations.confirm(id, confirmation));
    }
}
