package org.safar.embassy;

/** What the embassy asks the officer to change. */
public enum ChangeKind {
    NEW_DATES("New dates"),
    COMPOSITION("Composition of the delegation"),
    OTHER("Something else");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
