package dev.pincer.conformance.fake.gmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Gmail's search syntax the fake understands: {@code from:}, {@code to:}, {@code cc:},
 * {@code subject:}, {@code is:unread|read|starred}, {@code in:<label>|anywhere}, {@code label:}, quoted phrases
 * and plain words (in the headers and the plain text), each term negated by a leading {@code -}. Terms are
 * ANDed. Unless a term names the Spam or the Trash ({@code in:spam}, {@code in:trash}, {@code in:anywhere}),
 * messages there are left out, as Gmail does.
 */
final class SearchQuery {
    private static final Pattern TERM = Pattern.compile("(-?)(?:([a-z]+):)?(\"[^\"]*\"|\\S+)");

    private final List<Predicate<Mailbox.Stored>> terms = new ArrayList<>();
    private boolean spamAndTrash;

    private SearchQuery() {}

    static SearchQuery parse(String query, Mailbox mailbox) {
        SearchQuery parsed = new SearchQuery();
        Matcher m = TERM.matcher(query == null ? "" : query);
        while (m.find()) {
            boolean negated = !m.group(1).isEmpty();
            String operator = m.group(2) == null ? "" : m.group(2);
            String value = m.group(3).replace("\"", "").toLowerCase(Locale.ROOT);
            Predicate<Mailbox.Stored> term = parsed.term(operator, value, mailbox);
            parsed.terms.add(negated ? term.negate() : term);
        }
        return parsed;
    }

    private Predicate<Mailbox.Stored> term(String operator, String value, Mailbox mailbox) {
        return switch (operator) {
            case "from" -> header("From", value);
            case "to" -> header("To", value).or(header("Cc", value));
            case "cc" -> header("Cc", value);
            case "subject" -> header("Subject", value);
            case "is" -> switch (value) {
                case "unread" -> labelled("UNREAD");
                case "read" -> labelled("UNREAD").negate();
                case "starred" -> labelled("STARRED");
                case "important" -> labelled("IMPORTANT");
                default -> m -> false;
            };
            case "in", "label" -> {
                if (value.equals("anywhere")) {
                    spamAndTrash = true;
                    yield m -> true;
                }
                String id = mailbox.labelNamed(value).orElse("\u0000no such label");
                spamAndTrash |= id.equals("SPAM") || id.equals("TRASH");
                yield labelled(id);
            }
            case "" -> header("From", value).or(header("To", value)).or(header("Subject", value))
                    .or(m -> m.parsed().firstPlainText().map(p -> MessageJson.lower(p.text()).contains(value)).orElse(false));
            default -> m -> false; // an operator the fake does not know matches nothing
        };
    }

    private static Predicate<Mailbox.Stored> header(String name, String value) {
        return m -> MessageJson.lower(MessageJson.decodedHeader(m.parsed(), name)).contains(value);
    }

    private static Predicate<Mailbox.Stored> labelled(String id) {
        return m -> m.labels().contains(id);
    }

    /** True when the message matches every term and is outside the Spam and Trash unless asked for. */
    boolean matches(Mailbox.Stored message, boolean includeSpamTrash) {
        boolean hidden = message.labels().contains("SPAM") || message.labels().contains("TRASH");
        return (!hidden || includeSpamTrash || spamAndTrash) && terms.stream().allMatch(t -> t.test(message));
    }
}
