package org.safar.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.safar.travel.TravelVariables.VISA_ISSUED;
import static org.safar.travel.TravelVariables.VISA_NOT_REQUIRED;

import org.junit.jupiter.api.Test;
import org.safar.delegation.DelegationService;
import org.safar.travel.TestDelegations.Group;
import org.safar.travel.internal.TravelTicket;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
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
    void aTicketIsRecordedOnlyWithAFlightATicketNumberAndAVisaAnswer() {
        Group group = testDelegations.create("Study trip: citizen service centres", "Jasur Tursunov",
                "Malika Yusupova");

        assertThat(travel.travellerIds(group.id())).containsExactly(group.member(0), group.member(1));
        assertThatThrownBy(() -> travel.recordTicket(group.id(), group.member(0), " ", "250-1234567890",
                VISA_ISSUED, null, "aziza"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("flight", "required"),
                                tuple("visaNumber", "requiredWithVisa")))
                .hasMessageContaining("Jasur Tursunov");
        assertThatThrownBy(() -> travel.recordTicket(group.id(), group.member(1), "HY 231", null, "MAYBE", null,
                "aziza"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("ticketNumber", "required"),
                                tuple("visa", "required")));
        assertThat(travel.tickets(group.id())).isEmpty();

        travel.recordTicket(group.id(), group.member(0), " HY 231 ", "250-1", VISA_ISSUED, "DE-0042", "aziza");
        travel.recordTicket(group.id(), group.member(1), "HY 231", "250-2", VISA_NOT_REQUIRED, "ignored", "aziza");
        // Recorded again, the ticket is rebooked rather than duplicated.
        travel.recordTicket(group.id(), group.member(0), "HY 233", "250-3", VISA_ISSUED, "DE-0043", "aziza");

        assertThat(travel.tickets(group.id())).extracting(TravelTicket::getMemberId, TravelTicket::getFlight,
                TravelTicket::isVisaRequired, TravelTicket::getVisaNumber, TravelTicket::getRecordedBy)
                .containsExactly(
                        tuple(group.member(0), "HY 233", true, "DE-0043", "aziza"),
                        tuple(group.member(1), "HY 231", false, null, "aziza"));
        assertThatThrownBy(() -> travel.recordTicket(group.id(), group.member(0) + 1000, "HY 527", "250-8",
                VISA_NOT_REQUIRED, null, "aziza")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWithdrawnMemberNeedsNoTicketAndChecksInNoMore() {
        Group group = testDelegations.create("Internship in civil-service HR", "Lola Karimova", "Davron Nematov");
        delegations.withdrawMember(group.id(), group.member(1), "Called back to the ministry", "aziza");

        assertThat(travel.internIds(group.id())).containsExactly(group.member(0));
        assertThat(travel.travellerIds(group.id())).containsExactly(group.member(0));
        assertThat(travel.needsMonthlyCheckIns(group.id())).isTrue();
        // Davron's task closes on his withdrawal without anything filled in; nothing is recorded for him.
        assertThat(travel.recordTicket(group.id(), group.member(1), null, null, null, null, "aziza")).isEmpty();
        assertThat(travel.recordTicket(group.id(), group.member(0), "HY 527 Tashkent–Tokyo", "250-7", VISA_ISSUED,
                "JP-77", "aziza")).isPresent();
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
