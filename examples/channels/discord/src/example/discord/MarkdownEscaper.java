package example.discord;

/**
 * Escapes text so that Discord shows it exactly as written.
 *
 * <p>Discord renders a subset of Markdown in message content and offers no way to turn it off. Its
 * renderer shows a character preceded by a backslash literally when the character is not a letter,
 * digit or whitespace, so escaping every ASCII punctuation character is always safe: {@code *}, {@code _},
 * {@code ~}, backquote, {@code |}, {@code >}, {@code #}, {@code -}, brackets, {@code <}, {@code @},
 * {@code :} and the rest. Other characters pass unchanged.
 */
final class MarkdownEscaper {
    private MarkdownEscaper() {}

    /** How many UTF-16 units {@code codePoint} takes once escaped. */
    static int escapedLength(int codePoint) {
        return needsEscape(codePoint) ? 2 : Character.charCount(codePoint);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (needsEscape(c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    private static boolean needsEscape(int c) {
        return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
    }
}
