package dev.pincer.spi;

import dev.pincer.spi.json.JsonObject;
import java.util.Objects;

/**
 * One call of a tool action, with arguments the runtime has already checked against the action's schema.
 *
 * @param id unique per call, stable when the runtime retries the same call; usable as an idempotency key
 * @param action the name of an action the manifest declares
 * @param arguments arguments valid against the action's schema
 */
public record ToolInvocation(String id, String action, JsonObject arguments) {
    public ToolInvocation {
        Checks.notBlank(id, "id");
        Checks.notBlank(action, "action");
        Objects.requireNonNull(arguments, "arguments");
    }
}
