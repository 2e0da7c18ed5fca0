package dev.pincer.conformance.check;

/** Shapes texts taken from an integration for a report. */
public final class Texts {
    private Texts() {}

    /** The text on one line, shortened to its start and end when it is long. */
    public static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 60) + "…" + oneLine.substring(oneLine.length() - 50);
    }
}
