package example.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into parts whose escaped form fits Slack's 40,000-unit limit, losing no character.
 *
 * <p>The limit applies to the {@code text} as sent, after {@link Mrkdwn#escape}, where {@code &}
 * takes 5 units and {@code <}, {@code >} 4. Each part is the longest prefix of the rest that fits,
 * cut after the last line break in it, else after the last space, else at the limit, and never
 * between the two halves of a surrogate pair. Joining the parts gives back the original text.
 */
final class TextSplitter {
    /** The most UTF-16 units Slack keeps of a {@code text}; beyond it the message is truncated. */
    static final int SLACK_LIMIT = 40_000;

    private TextSplitter() {}

    static List<String> split(String text) {
        return split(text, SLACK_LIMIT);
    }

    /** Splits {@code text} into parts whose escaped length is at most {@code limit} (at least 5). */
    static List<String> split(String text, int limit) {
        if (limit < 5) {
            throw new IllegalArgumentException("limit must be at least 5 to fit an escaped '&', was " + limit);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int used = 0;
            while (end < text.length() && used + Mrkdwn.escapedLength(text.charAt(end)) <= limit) {
                used += Mrkdwn.escapedLength(text.charAt(end));
                end++;
            }
            int cut = end == text.length() ? end : cutIn(text, start, end);
            parts.add(text.substring(start, cut));
            start = cut;
        }
        return parts;
    }

    /** Where to end the part in [start, windowEnd); the text goes on after windowEnd. */
    private static int cutIn(String text, int start, int windowEnd) {
        int newline = text.lastIndexOf('\n', windowEnd - 1);
        if (newline >= start) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', windowEnd - 1);
        if (space >= start) {
            return space + 1;
        }
        if (windowEnd - start > 1 && Character.isHighSurrogate(text.charAt(windowEnd - 1))
                && Character.isLowSurrogate(text.charAt(windowEnd))) {
            return windowEnd - 1;
        }
        return windowEnd;
    }
}
