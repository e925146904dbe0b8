package org.safar.programme;

/** CEFR levels; the rank lets the eligibility decision compare a nominee's level with the required one. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2;

    public int rank() {
        return ordinal() + 1;
    }
}
