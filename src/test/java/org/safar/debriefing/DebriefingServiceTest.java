package org.safar.debriefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.safar.debriefing.internal.AdvanceSettlement;
import org.safar.debriefing.internal.TripReport;
import org.safar.delegation.DelegationService;
import org.safar.travel.TestDelegations;
import org.safar.travel.TestDelegations.Group;
import org.safar.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Settling the advances, reviewing reports and searching the good-practice library, on the test database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DebriefingServiceTest {

    /** Astana: 3 days at 150 USD, the first and last at 75 %, own budget; the advance is 80 % of it. */
    private static final BigDecimal ASTANA_ADVANCE = new BigDecimal("300.00");

    @Autowired
    AdvanceSettlementService settlements;

    @Autowired
    DebriefingService debriefing;

    @Autowired
    GoodPracticeLibrary library;

    @Autowired
    DelegationService delegations;

    @Autowired
    TestDelegations testDelegations;

    @Test
    void theDifferenceIsWhatTheAgencyStillPaysOrRecovers() {
        assertThat(AdvanceSettlementService.difference(new BigDecimal("300.00"), new BigDecimal("412.5")))
                .isEqualByComparingTo("112.50");
        assertThat(AdvanceSettlementService.difference(new BigDecimal("300.00"), new BigDecimal("250")))
                .isEqualByComparingTo("-50.00");
        assertThat(AdvanceSettlementService.difference(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void eachMembersAdvanceIsSettledAgainstTheirActualExpenses() {
        Group group = testDelegations.create("Astana Civil Service Hub", "Islom Abdurakhmonov", "Javlon Rakhmonov",
                "Mohira Salimova");
        assertThat(settlements.advanceUsd(group.id())).isEqualByComparingTo(ASTANA_ADVANCE);

        assertThat(settlements.memberIds(group.id())).containsExactly(group.member(0), group.member(1),
                group.member(2));
        settlements.settle(group.id(), group.member(0), new BigDecimal("412.5"), "madina");
        settlements.settle(group.id(), group.member(1), new BigDecimal("250"), "madina");
        settlements.settle(group.id(), group.member(2), new BigDecimal("300"), "madina");

        assertThat(settlements.settlements(group.id()))
                .extracting(AdvanceSettlement::getMemberId, s -> s.getAdvanceUsd().toPlainString(),
                        s -> s.getActualExpensesUsd().toPlainString(), s -> s.getDifferenceUsd().toPlainString(),
                        AdvanceSettlement::isRecovery, AdvanceSettlement::getSettledBy)
                .containsExactly(
                        tuple(group.member(0), "300.00", "412.50", "112.50", false, "madina"),
                        tuple(group.member(1), "300.00", "250.00", "-50.00", true, "madina"),
                        tuple(group.member(2), "300.00", "300.00", "0.00", false, "madina"));
    }

    @Test
    void aSettlementWithoutExpensesOrWithNegativeExpensesRecordsNothing() {
        Group group = testDelegations.create("Astana Civil Service Hub", "Sevara Qodirova", "Eldor Fayziev");

        assertThatThrownBy(() -> settlements.settle(group.id(), group.member(0), new BigDecimal("-1"), "madina"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field(), v -> v.rule())
                        .containsExactly(tuple("actualExpensesUsd", "notNegative")))
                .hasMessageContaining("Sevara Qodirova");
        assertThatThrownBy(() -> settlements.settle(group.id(), group.member(1), null, "madina"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field(), v -> v.rule())
                        .containsExactly(tuple("actualExpensesUsd", "required")));
        assertThat(settlements.settlements(group.id())).isEmpty();

        // A member withdrawn before the settlement has their task closed, and is not settled.
        delegations.withdrawMember(group.id(), group.member(1), "Fell ill before departure", "aziza");
        assertThat(settlements.memberIds(group.id())).containsExactly(group.member(0));
        assertThat(settlements.settle(group.id(), group.member(1), null, "madina")).isEmpty();
        settlements.settle(group.id(), group.member(0), new BigDecimal("280"), "madina");
        assertThat(settlements.settlements(group.id())).extracting(AdvanceSettlement::getMemberId)
                .containsExactly(group.member(0));
    }

    @Test
    void acceptedGoodPracticesAreFoundByWordsInAnyFieldAndByHostCountry() {
        Group germany = testDelegations.create("Study trip: citizen service centres", "Oybek Sobirov",
                "Barno Ahmedova");
        Group mongolia = testDelegations.create("Peer-learning exchange", "Islom Abdurakhmonov");
        debriefing.submit(germany.id(), germany.member(0), "How the Bürgeramt serves 2,000 people a day",
                List.of(new PracticeEntry("practice1", "Zebrafinch appointment kiosk",
                                "A kiosk books the next free slot and prints a ticket", "Every district centre"),
                        new PracticeEntry("practice2", "Staff rotation",
                                "Front-office staff rotate weekly to the back office", "Centres with over 20 staff, e.g. Zebrafinch pilots")),
                "Pilot the kiosk in Urgut by March", "oybek");
        debriefing.review(germany.id(), germany.member(0), DebriefingVariables.ACCEPT, null, "bakhtiyor");
        // Not accepted: sent back for rework, so not in the library.
        debriefing.submit(germany.id(), germany.member(1), "Queues",
                List.of(new PracticeEntry("practice1", "Zebrafinch queue display", "Screens", "Kokand")),
                "Ask for screens", "barno");
        debriefing.review(germany.id(), germany.member(1), DebriefingVariables.REWORK, "Say what the screens show",
                "bakhtiyor");
        debriefing.submit(mongolia.id(), mongolia.member(0), "Peer learning in six stages",
                List.of(new PracticeEntry("practice1", "Peer review of services",
                        "Two offices review each other's zebrafinch checklist", "Municipal services")),
                "Start peer reviews with Samarkand", "islom");
        debriefing.review(mongolia.id(), mongolia.member(0), DebriefingVariables.ACCEPT, null, "bakhtiyor");

        assertThat(library.search("ZEBRAFINCH", null)).extracting(GoodPracticeView::title)
                .containsExactlyInAnyOrder("Zebrafinch appointment kiosk", "Staff rotation", "Peer review of services");
        assertThat(library.search("zebrafinch", "de")).extracting(GoodPracticeView::title, GoodPracticeView::hostCountry,
                GoodPracticeView::reportedBy, GoodPracticeView::delegationId)
                .containsExactlyInAnyOrder(tuple("Zebrafinch appointment kiosk", "DE", "Oybek Sobirov", germany.id()),
                        tuple("Staff rotation", "DE", "Oybek Sobirov", germany.id()));
        assertThat(library.search("zebrafinch pilots", null)).extracting(GoodPracticeView::title)
                .containsExactly("Staff rotation");
        assertThat(library.search("zebrafinch", "MN")).extracting(GoodPracticeView::title)
                .containsExactly("Peer review of services");
        assertThat(library.search("zebrafinch%", null)).isEmpty();
        assertThat(library.search(null, "MN")).extracting(GoodPracticeView::delegationId).contains(mongolia.id())
                .doesNotContain(germany.id());
        assertThatThrownBy(() -> library.search("kiosk", "Germany")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("two-letter country code");
    }

    @Test
    void aReportIsCompleteBeforeItCountsAndNobodyReviewsTheirOwn() {
        Group group = testDelegations.create("Astana Civil Service Hub", "Bakhtiyor Rakhimov", "Umida Ergasheva");

        assertThatThrownBy(() -> debriefing.submit(group.id(), group.member(0), " ", List.of(
                new PracticeEntry("practice1", "Open data", null, "Everywhere")), null, "bakhtiyor"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("learned", "actionPlan",
                                "practice1.description"));
        assertThat(debriefing.report(group.id(), group.member(0))).isEmpty();

        debriefing.submit(group.id(), group.member(0), "Hub's HR innovation lab", List.of(), "Set up an HR lab",
                "bakhtiyor");
        assertThatThrownBy(() -> debriefing.review(group.id(), group.member(0), DebriefingVariables.ACCEPT, null,
                "bakhtiyor")).isInstanceOf(AuthorizationException.class).hasMessageContaining("may not review it");
        assertThatThrownBy(() -> debriefing.review(group.id(), group.member(0), DebriefingVariables.REWORK, " ",
                "otabek")).isInstanceOf(InvalidRequestException.class).hasMessageContaining("rework");
        assertThat(debriefing.review(group.id(), group.member(0), DebriefingVariables.ACCEPT, null, "otabek"))
                .isEqualTo(DebriefingVariables.STATUS_ACCEPTED);
        assertThat(debriefing.followUpIds(group.id())).containsExactly(group.member(0));

        // Withdrawn: whatever comes from their tasks is not recorded.
        delegations.withdrawMember(group.id(), group.member(1), "Transferred to another ministry", "aziza");
        assertThat(debriefing.submit(group.id(), group.member(1), null, List.of(), null, null))
                .isEqualTo(DebriefingVariables.STATUS_WITHDRAWN);
        assertThat(debriefing.participantIds(group.id())).containsExactly(group.member(0));
        assertThat(debriefing.report(group.id(), group.member(1))).isEmpty();

        debriefing.recordOutcome(group.id(), group.member(0), "CARRIED_OUT_PARTLY", "The lab exists, without staff",
                "otabek");
        assertThat(debriefing.report(group.id(), group.member(0)).orElseThrow())
                .extracting(TripReport::getOutcome, TripReport::getOutcomeComment, TripReport::getOutcomeRecordedBy)
                .containsExactly(ActionPlanOutcome.CARRIED_OUT_PARTLY, "The lab exists, without staff", "otabek");
    }
}
