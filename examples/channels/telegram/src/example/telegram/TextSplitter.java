package example.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into parts Telegram accepts, without losing or breaking a character.
 *
 * <p>Telegram counts a message's length in UTF-16 code units, as Java's {@link String#length()} does.
 * Each part is the longest prefix of the rest of the text that fits, cut at the best place within it:
 * <ol>
 *   <li>just after the last line break ({@code '\n'}) in the window, else
 *   <li>just after the last space, else
 *   <li>exactly at the limit (a hard cut, for example inside a long URL).
 * </ol>
 * A cut never falls between the two halves of a surrogate pair (an emoji such as 😀 is two units);
 * it moves one unit earlier instead. Joining the parts gives back the original text exactly: no
 * whitespace is trimmed or added.
 */
final class TextSplitter {
    /** The most UTF-16 units Telegram takes in one {@code sendMessage} text. */
    static final int TELEGRAM_LIMIT = 4096;

    private TextSplitter() {}

    /** Splits {@code text} into parts of at most {@link #TELEGRAM_LIMIT} units. */
    static List<String> split(String text) {
        return split(text, TELEGRAM_LIMIT);
    }

    /** Splits {@code text} into parts of at most {@code limit} units; {@code limit} is at least 2. */
    static List<String> split(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2 to fit a surrogate pair, was " + limit);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > limit) {
            int cut = cutIn(text, start, start + limit);
            parts.add(text.substring(start, cut));
            start = cut;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Where to end the part that starts at {@code start}; {@code windowEnd} is exclusive and inside the text. */
    private static int cutIn(String text, int start, int windowEnd) {
        int newline = text.lastIndexOf('\n', windowEnd - 1);
        if (newline >= start) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', windowEnd - 1);
        if (space >= start) {
            return space + 1;
        }
        // Hard cut. text.charAt(windowEnd) exists because the rest is longer than the window.
        if (Character.isHighSurrogate(text.charAt(windowEnd - 1)) && Character.isLowSurrogate(text.charAt(windowEnd))) {
            return windowEnd - 1;
        }
        return windowEnd;
    }
}
