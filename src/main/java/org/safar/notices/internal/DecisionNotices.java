package org.safar.notices.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationDecided;
import org.safar.delegation.DelegationService;
import org.safar.notices.NoticeOutbox;
import org.safar.notices.NoticeTexts;
import org.safar.notices.NoticesConfiguration;
import org.safar.notices.Recipient;
import org.safar.notices.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the officer who nominated a delegation, and its members who have an account, how it was
 * decided. Written in the transaction that decides; the one who decided is not told.
 */
@Component
@ConditionalOnProperty(name = NoticesConfiguration.ENABLED, havingValue = "true")
class DecisionNotices {

    private static final Logger log = LoggerFactory.getLogger(DecisionNotices.class);

    private final DelegationService delegations;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final NoticeOutbox outbox;

    DecisionNotices(DelegationService delegations, Recipients recipients, NoticeTexts texts, NoticeOutbox outbox) {
        this.delegations = delegations;
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
    }

    /** A notice that cannot be written is logged and left out: the decision stands. */
    @EventListener
    void on(DelegationDecided decided) {
        try {
            tell(decided);
        } catch (RuntimeException e) {
            log.error("No notice of {} could be written", decided, e);
        }
    }

    private void tell(DelegationDecided decided) {
        Delegation delegation = delegations.get(decided.delegationId());
        List<String> concerned = new ArrayList<>();
        concerned.add(delegation.getNominatedBy());
        delegation.getActiveMembers().stream().map(member -> delegations.staffOf(member).getUsername())
                .filter(Objects::nonNull).forEach(concerned::add);
        concerned.remove(decided.decidedBy());
        // A delegation is decided the same way again only after another round of approvals.
        String key = "delegation:" + delegation.getId() + ":" + decided.decision() + ":"
                + delegations.approvals(delegation.getId()).size();
        String decidedBy = decided.decidedBy() == null ? null : recipients.nameOf(decided.decidedBy());
        for (Recipient to : recipients.people(concerned)) {
            outbox.write(key, to, texts.decided(to, decided.decision(), delegation, decided.reason(),
                    decidedBy));
        }
    }
}
