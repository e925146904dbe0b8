package org.safar.embassy;

/** What the embassy asks the officer to change; forms name it in the reader's language ({@code code.changeKind.*}). */
public enum ChangeKind {
    NEW_DATES,
    COMPOSITION,
    OTHER
}
