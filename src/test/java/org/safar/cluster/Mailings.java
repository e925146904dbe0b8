package org.safar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;

/**
 * The e-mail notices of a drill: the outbox in the database, one row per notice and recipient, and
 * what the SMTP server received. Every e-mail names its row in its Message-ID, the same on every try
 * ({@code <notice-<row id>.<written at>@<host>>}), so a notice sent twice shows as two e-mails with one id.
 */
final class Mailings {

    private static final Pattern NOTICE = Pattern.compile("<notice-(\\d+)\\.\\d+@[^>]+>");

    final Map<Long, String> addresses = new TreeMap<>();
    final Set<String> recipients = new TreeSet<>();
    final List<String> notSent = new ArrayList<>();
    /** Per row, the address each e-mail under its Message-ID went to. */
    final Map<Long, List<String>> delivered = new TreeMap<>();
    final List<String> notANotice = new ArrayList<>();
    int received;

    static Mailings read(Connection db, GreenMail smtp) throws SQLException, MessagingException {
        Mailings mailings = new Mailings();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select id, recipient, address, sent_at, attempts, last_error from notice")) {
            while (rows.next()) {
                mailings.addresses.put(rows.getLong(1), rows.getString(3));
                mailings.recipients.add(rows.getString(2));
                if (rows.getTimestamp(4) == null) {
                    mailings.notSent.add("notice " + rows.getLong(1) + " to " + rows.getString(3) + " after "
                            + rows.getInt(5) + " tries: " + rows.getString(6));
                }
            }
        }
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            mailings.received++;
            String to = Arrays.stream(mail.getAllRecipients()).map(Address::toString).reduce((a, b) -> a + ", " + b)
                    .orElse("nobody");
            Matcher notice = NOTICE.matcher(String.valueOf(mail.getMessageID()));
            if (notice.matches()) {
                mailings.delivered.computeIfAbsent(Long.valueOf(notice.group(1)), id -> new ArrayList<>()).add(to);
            } else {
                mailings.notANotice.add(mail.getMessageID() + " to " + to);
            }
        }
        return mailings;
    }

    /** Waits until the outbox holds no notice unsent, as long as a dead node's claim and a retry take. */
    static void awaitAllSent(Connection db, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Outcome.count(db, "select count(*) from notice where sent_at is null") > 0
                && System.nanoTime() < deadline) {
            SafarNode.sleep(Duration.ofSeconds(1));
        }
    }

    /**
     * Notices claimed and not marked sent: right after a node is killed, those it was sending (possibly
     * accepted by the server already) are among them.
     */
    static List<Long> inHand(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select id from notice where sent_at is null and claimed_until is not null")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Notices that reached the server more than once: the e-mails beyond the first of each. */
    int duplicates() {
        return delivered.values().stream().mapToInt(copies -> copies.size() - 1).sum();
    }

    List<Long> sentTwice() {
        return delivered.entrySet().stream().filter(row -> row.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /**
     * Every notice sent and delivered to its recipient; once, except that a notice the killed node had
     * in hand may have reached the server before the node died and again from the other node.
     */
    void assertEachDeliveredOnce(Collection<Long> inHandOfTheKilledNode) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(addresses).as("notices written").isNotEmpty();
        softly.assertThat(notSent).as("notices not sent").isEmpty();
        softly.assertThat(notANotice).as("e-mails not of a notice").isEmpty();
        softly.assertThat(delivered.keySet()).as("notices delivered").isEqualTo(addresses.keySet());
        delivered.forEach((id, copies) -> softly.assertThat(copies).as("e-mails of notice %d", id)
                .containsOnly(addresses.get(id)));
        softly.assertThat(sentTwice()).as("notices delivered twice, each one the killed node had in hand")
                .isSubsetOf(inHandOfTheKilledNode);
        softly.assertThat(delivered.values()).as("e-mails per notice").allSatisfy(copies ->
                assertThat(copies).hasSizeBetween(1, 2));
        softly.assertThat(received).as("e-mails received").isEqualTo(addresses.size() + duplicates());
        softly.assertAll();
    }
}
