package org.safar.notices;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One e-mail to one person, written whole (subject and body in their language) in the transaction of
 * what it tells of, and sent once that transaction has committed.
 */
@Entity
class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What the notice tells of, e.g. {@code task:<id>}; with the recipient, unique. */
    private String eventKey;

    /** The Camunda user id of the recipient. */
    private String recipient;

    private String address;
    private String language;
    private String subject;
    private String body;
    private Instant createdAt;
    private int attempts;

    /** Until when one node is sending it; nobody else picks it up meanwhile. */
    private Instant claimedUntil;

    private Instant sentAt;
    private String lastError;

    protected Notice() {
    }

    Notice(String eventKey, Recipient recipient, Letter letter, Instant createdAt) {
        this.eventKey = eventKey;
        this.recipient = recipient.userId();
        this.address = recipient.address();
        this.language = recipient.language().toLanguageTag();
        this.subject = letter.subject();
        this.body = letter.body();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getEventKey() {
        return eventKey;
    }

    String getRecipient() {
        return recipient;
    }

    String getAddress() {
        return address;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getLastError() {
        return lastError;
    }
}
