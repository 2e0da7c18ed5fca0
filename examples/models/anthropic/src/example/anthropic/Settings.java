package example.anthropic;

import dev.pincer.spi.Config;
import dev.pincer.spi.IntegrationException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The owner's configuration: the model id and an optional cap on the output of one answer.
 *
 * @param model the Claude model id, sent as the body's {@code model}
 * @param cap the most output tokens one answer may use, if the owner set one
 */
record Settings(String model, Optional<Integer> cap) {
    static final int MAX_CAP = 128_000;
    private static final Pattern MODEL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /**
     * Reads and checks the configuration.
     *
     * @throws IntegrationException naming the key and what is valid, when a value is missing or malformed
     */
    static Settings from(Config config) {
        String model = config.get("model").orElseThrow(() -> new IntegrationException(
                "configuration key 'model' is not set; set it to a Claude model id such as claude-sonnet-4-5"));
        if (!MODEL_ID.matcher(model).matches()) {
            throw new IntegrationException("configuration key 'model' is '" + model + "', which is not a model id; use 1 to 100"
                    + " lower-case letters, digits, '.', '-' or '_', such as claude-sonnet-4-5");
        }
        return new Settings(model, config.get("maxOutputTokens").map(Settings::cap));
    }

    private static int cap(String value) {
        try {
            int cap = Integer.parseInt(value.trim());
            if (cap >= 1 && cap <= MAX_CAP) {
                return cap;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IntegrationException("configuration key 'maxOutputTokens' is '" + value + "'; use a whole number from 1 to "
                + MAX_CAP + ", or leave it out for no cap");
    }

    /** The {@code max_tokens} to send for a request that asks for {@code requested}. */
    int maxTokens(int requested) {
        return cap.map(c -> Math.min(c, requested)).orElse(requested);
    }
}
