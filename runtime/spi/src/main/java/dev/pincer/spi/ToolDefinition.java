package dev.pincer.spi;

import dev.pincer.spi.json.JsonObject;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tool the model may call, as the provider's API describes tools.
 *
 * @param name letters, digits, {@code _} and {@code -}, 1 to 64 characters (the rule common to the providers)
 * @param description what it does, for the model
 * @param inputSchema the JSON Schema of its arguments, an object schema
 */
public record ToolDefinition(String name, String description, JsonObject inputSchema) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name '" + name + "' is not valid: use 1 to 64 letters, digits, _ or -");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchema, "inputSchema");
    }
}
