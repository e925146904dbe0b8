package org.safar.travel.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** How one member travels: the flight, the ticket and the visa, as the officer booked them. */
@Entity
public class TravelTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long delegationId;
    private Long memberId;
    private String flight;
    private String ticketNumber;
    private boolean visaRequired;
    /** Null when no visa is required. */
    private String visaNumber;
    private String recordedBy;
    private Instant recordedAt;

    protected TravelTicket() {
    }

    public TravelTicket(Long delegationId, Long memberId) {
        this.delegationId = delegationId;
        this.memberId = memberId;
    }

    public void book(String flight, String ticketNumber, String visaNumber, String by, Instant at) {
        this.flight = flight;
        this.ticketNumber = ticketNumber;
        this.visaRequired = visaNumber != null;
        this.visaNumber = visaNumber;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getDelegationId() {
        return delegationId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getFlight() {
        return flight;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public boolean isVisaRequired() {
        return visaRequired;
    }

    public String getVisaNumber() {
        return visaNumber;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
