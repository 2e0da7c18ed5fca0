package dev.pincer.conformance.fake.slack;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads Web API parameters from the query string and a form or JSON body, as slack.com accepts them. */
final class WebApiParams {
    private WebApiParams() {}

    /** The merged parameters; a JSON body that is not an object gives Slack's {@code invalid_json} error code. */
    static JsonObject parse(String rawQuery, String contentType, byte[] body) throws InvalidRequest {
        Map<String, Json> params = new LinkedHashMap<>();
        form(rawQuery, params);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("application/json")) {
            try {
                params.putAll(Json.parseObject(text).members());
            } catch (JsonException e) {
                throw new InvalidRequest("invalid_json");
            }
        } else if (type.startsWith("application/x-www-form-urlencoded") || (type.isEmpty() && !text.isBlank())) {
            form(text, params);
        }
        return new JsonObject(params);
    }

    private static void form(String encoded, Map<String, Json> params) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, Json.of(value));
        }
    }

    /** A parameter as text: strings as sent, numbers and booleans as their JSON text. */
    static Optional<String> string(JsonObject params, String name) {
        return params.get(name).flatMap(value -> switch (value) {
            case JsonString s -> s.value().isEmpty() ? Optional.<String>empty() : Optional.of(s.value());
            case JsonNumber n -> Optional.of(n.value().toPlainString());
            case JsonBoolean b -> Optional.of(Boolean.toString(b.value()));
            case JsonObject o -> Optional.of(o.toString());
            case dev.pincer.spi.json.JsonArray a -> Optional.of(a.toString());
            case dev.pincer.spi.json.JsonNull n -> Optional.<String>empty();
        });
    }

    /** A boolean parameter as Slack reads it: {@code true}/{@code 1} or {@code false}/{@code 0}. */
    static Optional<Boolean> bool(JsonObject params, String name) {
        return string(params, name).map(s -> s.equalsIgnoreCase("true") || s.equals("1"));
    }

    /** A request Slack refuses before reaching the method, with its error code. */
    static final class InvalidRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final String error;

        InvalidRequest(String error) {
            super(error);
            this.error = error;
        }
    }
}
