package example.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into parts that fit Discord's 2000-character limit once escaped, without losing or
 * breaking a character.
 *
 * <p>The limit is counted in UTF-16 units of the escaped content (never more than Discord's count).
 * The text is walked code point by code point, so a cut never falls inside a surrogate pair, and
 * each part is escaped on its own, so a backslash never ends up apart from the character it escapes.
 * A part ends just after its last line break, else after its last space, else where the next
 * character would not fit. Joining the unescaped parts gives back the original text exactly.
 */
final class TextSplitter {
    static final int DISCORD_LIMIT = 2000;

    private TextSplitter() {}

    /** The parts of {@code text}, unescaped; escape each with {@link MarkdownEscaper#escape}. */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int size = 0;
            int lastBreak = -1;
            int lastSpace = -1;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                int width = MarkdownEscaper.escapedLength(c);
                if (size + width > limit) {
                    break;
                }
                size += width;
                end += Character.charCount(c);
                if (c == '\n') {
                    lastBreak = end;
                } else if (c == ' ') {
                    lastSpace = end;
                }
            }
            int cut = end == text.length() ? end : lastBreak > start ? lastBreak : lastSpace > start ? lastSpace : end;
            parts.add(text.substring(start, cut));
            start = cut;
        }
        if (parts.isEmpty()) {
            parts.add(text);
        }
        return parts;
    }
}
