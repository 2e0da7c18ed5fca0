package example.slack;

/**
 * Escapes plain text for Slack's {@code text} field, so that Slack shows it exactly as written.
 *
 * <p>Slack reads {@code <…>} as mentions and links and {@code &amp;}, {@code &lt;}, {@code &gt;} as
 * entities, so those three characters are replaced, {@code &} first; nothing else is touched (Slack
 * does not decode any other entity, so escaping more would show the entity itself).
 */
final class Mrkdwn {
    private Mrkdwn() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** How many UTF-16 units {@code c} takes once escaped. */
    static int escapedLength(char c) {
        return switch (c) {
            case '&' -> 5;
            case '<', '>' -> 4;
            default -> 1;
        };
    }
}
