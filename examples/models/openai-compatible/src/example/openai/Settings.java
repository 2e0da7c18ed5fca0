package example.openai;

import dev.pincer.spi.Config;
import dev.pincer.spi.IntegrationException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The model's configuration, read and checked once in {@code start}.
 *
 * @param model the model id sent as {@code model}
 * @param endpoint {@code <baseUrl>/chat/completions}
 * @param sendsKey whether requests carry {@code Authorization: Bearer <OPENAI_API_KEY>} ({@code apiKey: secret})
 * @param limitParameter {@code max_tokens} or {@code max_completion_tokens}
 */
record Settings(String model, URI endpoint, boolean sendsKey, String limitParameter) {
    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private static final List<String> KEY_MODES = List.of("secret", "none");
    private static final List<String> LIMIT_PARAMETERS = List.of("max_tokens", "max_completion_tokens");
    private static final int MAX_OUTPUT_TOKENS = 1_000_000;

    Settings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(limitParameter, "limitParameter");
    }

    /** Reads every key, so that a mistake fails the start with the key's name rather than the first request. */
    static Settings read(Config config) {
        String model = config.get("model").map(String::strip).orElse("");
        if (model.isEmpty()) {
            throw new IntegrationException("configuration key 'model' is not set; set it to the model id the server"
                    + " serves, such as gpt-4.1-mini on OpenAI or llama3.2 on Ollama");
        }
        if (model.chars().anyMatch(Character::isWhitespace)) {
            throw new IntegrationException("configuration key 'model' is '" + model + "', which holds whitespace;"
                    + " use the model id exactly as the server lists it, such as gpt-4.1-mini");
        }
        String keyMode = oneOf(config, "apiKey", "secret", KEY_MODES);
        String limitParameter = oneOf(config, "tokenLimitParameter", "max_tokens", LIMIT_PARAMETERS);
        checkMaxOutputTokens(config.get("maxOutputTokens").orElse("1024"));
        return new Settings(model, endpoint(config.get("baseUrl").orElse(DEFAULT_BASE_URL)), keyMode.equals("secret"),
                limitParameter);
    }

    private static String oneOf(Config config, String key, String fallback, List<String> valid) {
        String value = config.get(key).orElse(fallback);
        if (!valid.contains(value)) {
            throw new IntegrationException("configuration key '" + key + "' is '" + value + "'; use one of " + valid);
        }
        return value;
    }

    private static void checkMaxOutputTokens(String value) {
        int tokens;
        try {
            tokens = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            tokens = -1;
        }
        if (tokens < 1 || tokens > MAX_OUTPUT_TOKENS) {
            throw new IntegrationException("configuration key 'maxOutputTokens' is '" + value
                    + "'; use a whole number from 1 to " + MAX_OUTPUT_TOKENS + ", such as 1024");
        }
    }

    private static URI endpoint(String baseUrl) {
        String trimmed = baseUrl.strip().replaceAll("/+$", "");
        String fix = "; use https://<host>[/<path>] without port, query or user info, such as " + DEFAULT_BASE_URL
                + " (a local server is reached by redirecting api.openai.com in the runtime's egress, not by an http URL)";
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (java.net.URISyntaxException e) {
            throw new IntegrationException("configuration key 'baseUrl' is '" + baseUrl + "', which is not a URL" + fix);
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() != -1 || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IntegrationException("configuration key 'baseUrl' is '" + baseUrl + "'" + fix);
        }
        return URI.create(trimmed + "/chat/completions");
    }
}
