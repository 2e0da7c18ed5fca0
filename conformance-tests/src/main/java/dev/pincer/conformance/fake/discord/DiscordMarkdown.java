package dev.pincer.conformance.fake.discord;

/**
 * What a Discord client shows for message content, simplified to the part that matters for plain text.
 *
 * <p>A backslash before ASCII punctuation shows that character. An unescaped {@code *}, {@code _},
 * {@code ~}, {@code `} or {@code |} is taken as formatting and not shown (the real renderer pairs
 * them; dropping them all is stricter), and so are {@code >} and {@code #} followed by a space at the
 * start of a line (block quote, heading).
 */
public final class DiscordMarkdown {
    private DiscordMarkdown() {}

    /** The text shown for {@code content}. */
    public static String shown(String content) {
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\' && i + 1 < content.length() && isAsciiPunctuation(content.charAt(i + 1))) {
                out.append(content.charAt(++i));
                lineStart = false;
                continue;
            }
            boolean blockMarker = lineStart && (c == '>' || c == '#') && i + 1 < content.length() && content.charAt(i + 1) == ' ';
            if (blockMarker) {
                i++; // the marker and its space
                lineStart = false;
                continue;
            }
            if ("*_~`|".indexOf(c) < 0) {
                out.append(c);
            }
            lineStart = c == '\n';
        }
        return out.toString();
    }

    static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
    }
}
