package org.safar.embassy.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import org.safar.embassy.ConfirmationChannel;
import org.safar.embassy.HostArrangements;

/** The host arrangements that the embassy confirmed, in Tasklist or from another system. */
@Entity
public class HostConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private EmbassyRequest request;

    private Long delegationId;

    /** The other system's reference; none for a confirmation given in Tasklist. */
    private String reference;

    private String hostContact;
    private String venue;
    private String agenda;
    private String accommodation;
    private boolean airportPickup;
    private boolean visaSupportLetterIssued;

    @Enumerated(EnumType.STRING)
    private ConfirmationChannel channel;

    private String confirmedBy;
    private Instant confirmedAt;

    protected HostConfirmation() {
    }

    HostConfirmation(EmbassyRequest request, String reference, HostArrangements arrangements,
            ConfirmationChannel channel, String confirmedBy, Instant confirmedAt) {
        this.request = request;
        this.delegationId = request.getDelegationId();
        this.reference = reference;
        this.hostContact = arrangements.hostContact();
        this.venue = arrangements.venue();
        this.agenda = arrangements.agenda();
        this.accommodation = arrangements.accommodation();
        this.airportPickup = arrangements.airportPickup();
        this.visaSupportLetterIssued = arrangements.visaSupportLetterIssued();
        this.channel = channel;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public HostArrangements arrangements() {
        return new HostArrangements(hostContact, venue, agenda, accommodation, airportPickup, visaSupportLetterIssued);
    }

    public Long getDelegationId() {
        return delegationId;
    }

    public String getReference() {
        return reference;
    }

    public ConfirmationChannel getChannel() {
        return channel;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
