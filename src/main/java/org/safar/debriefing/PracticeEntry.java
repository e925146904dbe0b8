package org.safar.debriefing;

/** One good practice as the participant wrote it in their report; {@code path} names the row in errors. */
public record PracticeEntry(String path, String title, String description, String whereItApplies) {
}
