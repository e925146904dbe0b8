package org.safar.embassy;

/** What the embassy liaison submitted in the task "Confirm host arrangements", as entered. */
public record EmbassyReply(String answer, HostArrangements arrangements, String changeKind, String changeReason,
        String declineReason) {
}
