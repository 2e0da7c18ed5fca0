package dev.pincer.runtime.secrets;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** One secret as stored: its value and when the owner set it; {@link #toString()} never shows the value. */
record StoredSecret(String value, Instant setAt) {

    /** The same rule as for the secret names a manifest declares (see ManifestRules.secretName). */
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    StoredSecret {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(setAt, "setAt");
    }

    /** What is wrong with a secret name, if anything: the name, and the valid form. */
    static Optional<String> nameProblem(String name) {
        return NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("\"" + name + "\" is not a secret name; write upper-case letters, digits and '_', "
                        + "starting with a letter, such as TELEGRAM_BOT_TOKEN");
    }

    /** What is wrong with the value of secret {@code name}, if anything; never quotes the value. */
    static Optional<String> valueProblem(String name, String value) {
        if (value.isBlank()) {
            return Optional.of("the value of " + name + " is " + (value.isEmpty() ? "empty" : "blank")
                    + "; give the secret itself, such as the bot token the platform issued");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return Optional.of("the value of " + name + " contains a line break; a secret value is one line "
                    + "(store a multi-line key base64-encoded)");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "StoredSecret[value=(hidden), setAt=" + setAt + "]";
    }
}
