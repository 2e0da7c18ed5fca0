package example.ratelimit;

import dev.pincer.spi.GuardAction;
import dev.pincer.spi.IntegrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code match} patterns: {@code *}, a word (an effect or an action name), or {@code integration.action}. */
record Patterns(List<String> patterns) {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern QUALIFIED = Pattern.compile("[a-z][a-z0-9-]*\\.([a-z][a-z0-9_]*|\\*)");

    static Patterns parse(String match) {
        List<String> patterns = new ArrayList<>();
        for (String part : match.split(",", -1)) {
            String pattern = part.strip();
            if (!pattern.equals("*") && !WORD.matcher(pattern).matches() && !QUALIFIED.matcher(pattern).matches()) {
                throw new IntegrationException("configuration key 'match' holds \"" + pattern + "\" in \"" + match
                        + "\"; write patterns separated by commas: *, an effect or action name such as send or reply, "
                        + "or integration.action such as gmail.send_message or gmail.*");
            }
            patterns.add(pattern);
        }
        return new Patterns(List.copyOf(patterns));
    }

    /** True when some pattern matches {@code action}. */
    boolean matches(GuardAction action) {
        for (String pattern : patterns) {
            int dot = pattern.indexOf('.');
            boolean matched = pattern.equals("*")
                    || (dot < 0 && (pattern.equals(action.effect()) || pattern.equals(action.action())))
                    || (dot > 0 && pattern.substring(0, dot).equals(action.integration())
                            && (pattern.substring(dot + 1).equals("*") || pattern.substring(dot + 1).equals(action.action())));
            if (matched) {
                return true;
            }
        }
        return false;
    }
}
