package dev.pincer.conformance.fake.slack;

/**
 * Shows a {@code text} parameter the way a Slack client displays it, as far as characters go.
 *
 * <p>Slack parses control sequences in {@code <…>} whatever the {@code mrkdwn} flag: {@code <@U123>} and
 * {@code <@U123|ada>} show as a mention, {@code <#C123>} and {@code <#C123|general>} as a channel link,
 * {@code <!here>} (and {@code channel}, {@code everyone}) as {@code @here}, {@code <!subteam^S1|@team>} as its
 * label, {@code <https://x|label>} as {@code label} and {@code <https://x>} as the URL. Then the three entities
 * {@code &amp;}, {@code &lt;} and {@code &gt;} are decoded, once, left to right; any other {@code &…;} shows as
 * typed. Emphasis ({@code *bold*}) is not modelled: its markers are kept.
 */
final class MrkdwnRenderer {
    private MrkdwnRenderer() {}

    static String render(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '<' ? text.indexOf('>', i + 1) : -1;
            if (close > i) {
                shown.append(decode(controlSequence(text.substring(i + 1, close))));
                i = close + 1;
            } else if (c == '&') {
                i = entity(text, i, shown);
            } else {
                shown.append(c);
                i++;
            }
        }
        return shown.toString();
    }

    /** What the inside of {@code <…>} shows as. */
    private static String controlSequence(String inside) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? "" : inside.substring(bar + 1);
        if (target.startsWith("@")) {
            return "@" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("#")) {
            return "#" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            if (!label.isEmpty()) {
                return label;
            }
            int caret = special.indexOf('^');
            return "@" + (caret < 0 ? special : special.substring(0, caret));
        }
        return label.isEmpty() ? target : label;
    }

    private static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            i = text.charAt(i) == '&' ? entity(text, i, out) : append(out, text.charAt(i), i);
        }
        return out.toString();
    }

    private static int append(StringBuilder out, char c, int at) {
        out.append(c);
        return at + 1;
    }

    /** Decodes the entity at {@code at} (or keeps the ampersand) and returns where to go on. */
    private static int entity(String text, int at, StringBuilder out) {
        for (String[] entity : new String[][] {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
            if (text.startsWith(entity[0], at)) {
                out.append(entity[1]);
                return at + entity[0].length();
            }
        }
        out.append('&');
        return at + 1;
    }
}
