package dev.pincer.runtime.agent;

import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.spi.Tool;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A started tool integration as the agent offers it to the model.
 *
 * @param name the integration's manifest name
 * @param actions the actions its manifest declares
 * @param tool the confined instance, already started
 * @param redact removes the integration's secrets from what it returns
 */
public record ToolIntegration(String name, List<ActionDeclaration> actions, Tool tool, UnaryOperator<String> redact) {
    public ToolIntegration {
        Objects.requireNonNull(name, "name");
        actions = List.copyOf(actions);
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(redact, "redact");
    }
}
