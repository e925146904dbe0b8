package org.safar.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationRescheduled;
import org.safar.delegation.DelegationService;
import org.safar.travel.TestDelegations.Group;
import org.safar.web.InvalidRequestException;
import org.safar.web.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** New dates for a delegation: what is refused, and the travel timers and ticket tasks that move with them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class RescheduleTest {

    @Autowired
    DelegationService delegations;

    @Autowired
    TestDelegations testDelegations;

    @Autowired
    TravelSchedule schedule;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    ApplicationEvents events;

    @Test
    void datesOutsideTheRulesAreRefusedFieldByFieldAndChangeNothing() {
        Group group = testDelegations.create("Study trip: citizen service centres", "Jasur Tursunov");
        Delegation before = delegations.get(group.id());
        LocalDate today = LocalDate.now();

        assertThatThrownBy(() -> delegations.reschedule(group.id(), today, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(tuple("departureDate", "notInPast"), tuple("returnDate", "order")));
        // A study trip lasts at most 30 days.
        assertThatThrownBy(() -> delegations.reschedule(group.id(), today.plusDays(40), today.plusDays(75)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("returnDate", "duration")));
        assertThatThrownBy(() -> delegations.reschedule(group.id(), null, today.plusDays(75)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("departureDate"));

        Delegation after = delegations.get(group.id());
        assertThat(after.getDepartureDate()).isEqualTo(before.getDepartureDate());
        assertThat(after.getReturnDate()).isEqualTo(before.getReturnDate());
        assertThat(events.stream(DelegationRescheduled.class)).isEmpty();
    }

    @Test
    void aDelegationStartsWithItsProgrammesDatesAndNewDatesMoveTheDepartureTimerAndTheTicketTasks() {
        Group group = testDelegations.create("Study trip: citizen service centres", "Jasur Tursunov",
                "Malika Yusupova");
        Delegation delegation = delegations.get(group.id());
        assertThat(delegation.getDepartureDate())
                .isEqualTo(delegations.programmeOf(delegation).getStartDate());
        assertThat(delegation.getReturnDate()).isEqualTo(delegations.programmeOf(delegation).getEndDate());
        ProcessInstance trip = runtime.startProcessInstanceByKey(TravelVariables.PROCESS_KEY,
                delegation.getReference(), Map.of("delegationId", group.id(), "nominatedBy", "aziza"));
        assertThat(tasks.createTaskQuery().processInstanceId(trip.getId()).list())
                .extracting(t -> t.getDueDate()).hasSize(2).containsOnly(schedule.departure(group.id()));

        LocalDate departure = delegation.getDepartureDate().plusDays(12);
        LocalDate comeBack = delegation.getReturnDate().plusDays(14);
        delegations.reschedule(group.id(), departure, comeBack);

        assertThat(delegations.get(group.id()).getDepartureDate()).isEqualTo(departure);
        assertThat(delegations.get(group.id()).getReturnDate()).isEqualTo(comeBack);
        assertThat(schedule.departure(group.id())).isEqualTo(schedule.startOf(departure));
        assertThat(tasks.createTaskQuery().processInstanceId(trip.getId()).list())
                .extracting(t -> t.getDueDate()).containsOnly(schedule.startOf(departure));
        assertThat(events.stream(DelegationRescheduled.class)).singleElement().satisfies(e -> {
            assertThat(e.formerDeparture()).isEqualTo(delegation.getDepartureDate());
            assertThat(e.departure()).isEqualTo(departure);
            assertThat(e.returnDate()).isEqualTo(comeBack);
        });

        runtime.deleteProcessInstance(trip.getId(), "test");

        // The tickets recorded, the trip waits for the departure day, created on the new dates.
        ProcessInstance waiting = runtime.createProcessInstanceByKey(TravelVariables.PROCESS_KEY)
                .businessKey(delegation.getReference())
                .setVariables(Map.of("delegationId", group.id(), "nominatedBy", "aziza"))
                .startBeforeActivity("IntermediateCatchEvent_Departure").execute();
        Job departureTimer = management.createJobQuery().processInstanceId(waiting.getId()).timers()
                .activityId("IntermediateCatchEvent_Departure").singleResult();
        assertThat(departureTimer.getDuedate()).isEqualTo(schedule.startOf(departure));

        // Moved again while the timer waits, the timer follows.
        LocalDate later = departure.plusDays(3);
        delegations.reschedule(group.id(), later, comeBack);
        assertThat(management.createJobQuery().jobId(departureTimer.getId()).singleResult().getDuedate())
                .isEqualTo(schedule.startOf(later));
        // The same dates again change nothing.
        delegations.reschedule(group.id(), later, comeBack);
        assertThat(events.stream(DelegationRescheduled.class)).hasSize(2);
    }
}
