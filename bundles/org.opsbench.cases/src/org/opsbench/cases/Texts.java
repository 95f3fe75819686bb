package org.opsbench.cases;

/** What the case services do with typed text: blank means "not given", anything else counts without its surrounding spaces. */
final class Texts {

    private Texts() {
    }

    /** @return the text stripped, or null when it is null or blank */
    static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** @return the text, or "" for null: for showing and printing */
    static String shown(String text) {
        return text == null ? "" : text;
    }
}
