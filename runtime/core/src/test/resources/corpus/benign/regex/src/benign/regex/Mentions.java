package benign.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9_]{5,32})");

    private Mentions() {}

    public static List<String> find(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public static String escapeMarkdownV2(String text) {
        return text.replaceAll("([_*\\[\\]()~`>#+\\-=|{}.!])", "\\\\$1");
    }
}
