package dev.pincer.spi;

import dev.pincer.spi.json.JsonObject;
import java.util.Objects;

/**
 * A model's request to run one tool.
 *
 * @param id the provider's id for this call, which its {@link ToolResult} repeats; not blank
 * @param name the name of a {@link ToolDefinition} of the request
 * @param arguments the arguments, as the model wrote them
 */
public record ToolCall(String id, String name, JsonObject arguments) {
    public ToolCall {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }
}
