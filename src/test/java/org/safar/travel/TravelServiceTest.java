package org.safar.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.safar.travel.TravelVariables.VISA_ISSUED;
import static org.safar.travel.TravelVariables.VISA_NOT_REQUIRED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safar.delegation.DelegationService;
import org.safar.travel.TestDelegations.Group;
import org.safar.web.InvalidRequestException;
import org.safar.web.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TravelServiceTest {

    @Autowired
    TravelService travel;

    @Autowired
    DelegationService delegations;

    @Autowired
    TestDelegations testDelegations;

    @Test
    void ticketsAreRecordedOnlyWhenEveryMemberHasAFlightATicketAndAVisaAnswer() {
        Group group = testDelegations.create("Study trip: citizen service centres", "Jasur Tursunov",
                "Malika Yusupova", "Sherzod Mahmudov");
        List<TicketEntry> incomplete = List.of(
                new TicketEntry("tickets[0]", group.member(0), "HY 231 Tashkent–Frankfurt", "250-1234567890",
                        VISA_ISSUED, null),
                new TicketEntry("tickets[1]", group.member(1), null, "250-1234567891", VISA_NOT_REQUIRED, null));

        assertThatThrownBy(() -> travel.recordTickets(group.id(), incomplete, "aziza"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("tickets[0].visaNumber", "requiredWithVisa"),
                                tuple("tickets[1].flight", "required"),
                                tuple("tickets", "everyMember")))
                .hasMessageContaining("missing: Sherzod Mahmudov");
        assertThat(travel.tickets(group.id())).isEmpty();

        travel.recordTickets(group.id(), List.of(
                new TicketEntry("tickets[0]", group.member(0), "HY 231", "250-1", VISA_ISSUED, "DE-0042"),
                new TicketEntry("tickets[1]", group.member(1), "HY 231", "250-2", VISA_NOT_REQUIRED, "ignored"),
                new TicketEntry("tickets[2]", group.member(2), "HY 231", "250-3", VISA_ISSUED, "DE-0043")), "aziza");

        assertThat(travel.tickets(group.id())).extracting(TravelTicket::getMemberId, TravelTicket::isVisaRequired,
                TravelTicket::getVisaNumber, TravelTicket::getRecordedBy).containsExactly(
                        tuple(group.member(0), true, "DE-0042", "aziza"),
                        tuple(group.member(1), false, null, "aziza"),
                        tuple(group.member(2), true, "DE-0043", "aziza"));
    }

    @Test
    void aWithdrawnMemberNeedsNoTicketAndChecksInNoMore() {
        Group group = testDelegations.create("Internship in civil-service HR", "Lola Karimova", "Davron Nematov");
        delegations.withdrawMember(group.id(), group.member(1), "Called back to the ministry", "aziza");

        assertThat(travel.internIds(group.id())).containsExactly(group.member(0));
        assertThat(travel.needsMonthlyCheckIns(group.id())).isTrue();
        assertThatThrownBy(() -> travel.recordTickets(group.id(), List.of(new TicketEntry("tickets[0]",
                group.member(0) + 1000, "HY 527", "250-8", VISA_NOT_REQUIRED, null)), "aziza"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not for a member");
        // A form filled before the withdrawal still has Davron's row; it is left out.
        travel.recordTickets(group.id(), List.of(
                new TicketEntry("tickets[0]", group.member(0), "HY 527 Tashkent–Tokyo", "250-7", VISA_ISSUED, "JP-77"),
                new TicketEntry("tickets[1]", group.member(1), "HY 527 Tashkent–Tokyo", "250-8", VISA_ISSUED, "JP-78")),
                "aziza");
        assertThat(travel.tickets(group.id())).extracting(TravelTicket::getMemberId).containsExactly(group.member(0));

        travel.recordCheckIn(group.id(), group.member(1), null, null, null, null);
        travel.recordCheckIn(group.id(), group.member(0), "WELL", "Shadowing the recruitment unit", " ", "lola");
        assertThatThrownBy(() -> travel.recordCheckIn(group.id(), group.member(0), "NEEDS_HELP", "Fine", null, "lola"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("needs help with");

        assertThat(travel.checkIns(group.id())).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.getMemberId()).isEqualTo(group.member(0));
            assertThat(checkIn.getWellbeing()).isEqualTo(Wellbeing.WELL);
            assertThat(checkIn.getIssues()).isNull();
        });
    }

    @Test
    void aStudyTripHasNoMonthlyCheckIns() {
        Group group = testDelegations.create("Astana Civil Service Hub", "Islom Abdurakhmonov");
        assertThat(travel.needsMonthlyCheckIns(group.id())).isFalse();
    }
}
