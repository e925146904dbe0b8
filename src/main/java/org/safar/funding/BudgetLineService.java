package org.safar.funding;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.safar.delegation.DelegationService;
import org.safar.funding.internal.BudgetLine;
import org.safar.funding.internal.BudgetLineRepository;
import org.safar.funding.internal.BudgetReservationRepository;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ApiMessages;
import org.safar.web.BeanViolations;
import org.safar.web.NotFoundException;
import org.safar.web.Rule;
import org.safar.web.Violations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines for the API and its imports: finance opens them, and so does an administrator filling a
 * new installation; finance, officers, agency directors and administrators read them.
 */
@Service
@Transactional(readOnly = true)
public class BudgetLineService {

    private static final List<String> READERS = List.of(SafarGroups.FINANCE, SafarGroups.OFFICERS,
            SafarGroups.AGENCY_DIRECTORS, SafarGroups.ADMINS);
    private static final List<String> OPENERS = List.of(SafarGroups.FINANCE, SafarGroups.ADMINS);

    private final BudgetLineRepository lines;
    private final BudgetReservationRepository reservations;
    private final DelegationService delegations;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    BudgetLineService(BudgetLineRepository lines, BudgetReservationRepository reservations,
            DelegationService delegations, CurrentUser currentUser, Validator validator, Clock clock) {
        this.lines = lines;
        this.reservations = reservations;
        this.delegations = delegations;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    List<BudgetLineView> all() {
        assertReader();
        return lines.findAllByOrderByYearAscFundingSourceAscCodeAsc().stream()
                .map(line -> BudgetLineView.of(line, null)).toList();
    }

    BudgetLineView view(Long id) {
        assertReader();
        BudgetLine line = lines.findById(id).orElseThrow(() -> new NotFoundException("budgetLine", id));
        return BudgetLineView.of(line, reservations.findByLineIdOrderByReservedAtAscIdAsc(id).stream()
                .map(r -> new BudgetLineView.ReservationView(r.getId(), r.getDelegationId(),
                        delegations.get(r.getDelegationId()).getTitle(), r.getAmount(), r.getStatus(),
                        r.getReservedAt(), r.getReleasedAt(), r.getReleaseCause()))
                .toList());
    }

    /**
     * Opens a budget line and answers its id. Checks who asks before what they ask: someone outside
     * finance learns nothing about the rules.
     */
    @Transactional
    public Long create(NewBudgetLine request) {
        if (OPENERS.stream().noneMatch(currentUser::isMemberOf)) {
            throw CurrentUser.onlyFor("openBudgetLines", caller(), OPENERS.toArray(String[]::new));
        }
        BeanViolations.validate(validator, request);
        BigDecimal spent = request.spent() == null ? BigDecimal.ZERO : request.spent();
        new Violations()
                .check(spent.compareTo(request.allocation()) <= 0, "spent", Rule.WITHIN_ALLOCATION,
                        ApiMessages.text("withinAllocation"))
                .throwIfAny();
        String code = request.code().strip();
        if (lines.existsByCode(code)) {
            throw new DuplicateBudgetLineException(code);
        }
        try {
            return lines.saveAndFlush(new BudgetLine(request.fundingSource(), request.year(), code,
                    request.name().strip(), request.allocation(), spent, Instant.now(clock))).getId();
        } catch (DataIntegrityViolationException sameMoment) {
            // Another line with this code was added at the same moment: its unique key decided.
            throw new DuplicateBudgetLineException(code);
        }
    }

    private void assertReader() {
        if (READERS.stream().noneMatch(currentUser::isMemberOf)) {
            throw CurrentUser.onlyFor("readBudgetLines", caller(), READERS.toArray(String[]::new));
        }
    }

    private String caller() {
        return currentUser.id().orElseGet(() -> ApiMessages.text("anonymousCaller"));
    }
}
