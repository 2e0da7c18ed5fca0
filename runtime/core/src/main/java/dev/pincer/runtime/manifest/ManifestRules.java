package dev.pincer.runtime.manifest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** The rules a manifest's values follow, shared by the located reader and the record's own checks. */
final class ManifestRules {

    /** What is wrong with one value, and what would be valid instead. */
    record Violation(String problem, String fix) {}

    static final List<String> KINDS = List.of("channel", "model", "tool", "guard");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern SPEC = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");
    private static final Pattern SPEC_VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<Character> NOT_IN_HOSTS = Set.of(':', '/', '*', '?', '#', '@', '[', ']', '\\');

    private ManifestRules() {}

    static Optional<Violation> kind(String value) {
        return KINDS.contains(value) ? Optional.empty()
                : violation(quote(value) + " is not a kind", "write one of " + String.join(", ", KINDS));
    }

    static Optional<Violation> name(String value) {
        return NAME.matcher(value).matches() ? Optional.empty()
                : violation(quote(value) + " is not a valid name",
                        "write 1 to 64 characters: a lower-case letter, then lower-case letters, digits or '-', such as telegram");
    }

    static Optional<Violation> spec(String value) {
        return SPEC.matcher(value).matches() ? Optional.empty()
                : violation(quote(value) + " is not a spec path",
                        "write lower-case path segments separated by '/', such as channels/telegram");
    }

    static Optional<Violation> specVersion(String value) {
        return SPEC_VERSION.matcher(value).matches() ? Optional.empty()
                : violation(quote(value) + " is not a spec version", "write MAJOR.MINOR, such as 1.0");
    }

    static Optional<Violation> entry(String value) {
        return SourceVersion.isName(value, SourceVersion.RELEASE_21) ? Optional.empty()
                : violation(quote(value) + " is not a Java class name",
                        "write the binary name of the integration's class, such as example.telegram.TelegramChannel");
    }

    static Optional<Violation> host(String value) {
        boolean bare = !value.isEmpty() && value.chars().noneMatch(c -> NOT_IN_HOSTS.contains((char) c) || c <= ' ');
        if (bare && !value.equals(value.toLowerCase(Locale.ROOT))) {
            return violation(quote(value) + " is not a lower-case host name",
                    "write " + value.toLowerCase(Locale.ROOT));
        }
        String[] labels = value.split("\\.", -1);
        boolean dns = bare && value.length() <= 253 && labels.length >= 2
                && List.of(labels).stream().allMatch(label -> HOST_LABEL.matcher(label).matches());
        if (!dns) {
            return violation(quote(value) + " is not a host name", "write a bare DNS name such as api.telegram.org");
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return violation(quote(value) + " is an IP address", "write a DNS name such as api.telegram.org");
        }
        return Optional.empty();
    }

    static Optional<Violation> secretName(String value) {
        return SECRET_NAME.matcher(value).matches() ? Optional.empty()
                : violation(quote(value) + " is not a secret name",
                        "write upper-case letters, digits and '_', starting with a letter, such as TELEGRAM_BOT_TOKEN");
    }

    static Optional<Violation> boundHost(String host, List<String> egress) {
        return egress.contains(host) ? Optional.empty()
                : violation(quote(host) + " is not listed in egress",
                        "bind the secret only to hosts listed in egress: " + egress);
    }

    static Optional<Violation> configKey(String key) {
        return key.isBlank() ? violation("the key is blank", "name each configuration value, such as \"chat_id\"")
                : Optional.empty();
    }

    /** The value as a JSON string literal, for messages. */
    static String quote(String value) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
    }

    private static Optional<Violation> violation(String problem, String fix) {
        return Optional.of(new Violation(problem, fix));
    }
}
