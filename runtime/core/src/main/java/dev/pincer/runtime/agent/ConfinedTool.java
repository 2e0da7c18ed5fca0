package dev.pincer.runtime.agent;

import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.supervise.Outcome;
import dev.pincer.runtime.supervise.TimedCall;
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool integration offered to the model: one definition per declared action, named {@code <tool>__<action>};
 * arguments checked against the declared schema before the decision point sees the call; each run on its own
 * thread under a time limit, a throw or overrun becoming a failure the model is told about.
 */
final class ConfinedTool implements AgentTool {
    private static final String SEPARATOR = "__";
    private static final Duration INVOKE_LIMIT = Duration.ofSeconds(60);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ToolIntegration integration;
    private final Map<String, ActionDeclaration> byDefinition = new LinkedHashMap<>();

    ConfinedTool(ToolIntegration integration) {
        this.integration = integration;
        for (ActionDeclaration action : integration.actions()) {
            byDefinition.put(integration.name().replace('.', '_') + SEPARATOR + action.name(), action);
        }
    }

    @Override
    public List<ToolDefinition> definitions() {
        return byDefinition.entrySet().stream()
                .map(e -> new ToolDefinition(e.getKey(), e.getValue().description(), e.getValue().arguments())).toList();
    }

    @Override
    public Prepared prepare(String definitionName, JsonObject arguments, TaskOrigin origin) {
        ActionDeclaration action = byDefinition.get(definitionName);
        if (action == null) {
            return Prepared.invalid("unknown action " + definitionName);
        }
        List<String> problems = action.argumentProblems(arguments);
        if (!problems.isEmpty()) {
            return Prepared.invalid(String.join("; ", problems));
        }
        return Prepared.of(new ProposedAction.InvokeTool(integration.name(), action.name(), arguments, action.effect(),
                action.resourceFor(arguments), origin));
    }

    @Override
    public boolean owns(ProposedAction.InvokeTool action) {
        return action.integration().equals(integration.name())
                && integration.actions().stream().anyMatch(declared -> declared.name().equals(action.action()));
    }

    @Override
    public ToolOutcome run(ProposedAction.InvokeTool action, String invocationId) throws InterruptedException {
        ToolInvocation invocation = new ToolInvocation(invocationId, action.action(), action.arguments());
        Outcome<ToolOutcome> outcome = TimedCall.run(integration.name() + "-invoke", INVOKE_LIMIT, GRACE,
                () -> integration.tool().invoke(invocation));
        return switch (outcome) {
            case Outcome.Returned<ToolOutcome> returned when returned.value() != null -> returned.value();
            case Outcome.Returned<ToolOutcome> returned -> failed("returned null");
            case Outcome.Threw<ToolOutcome> threw -> failed("threw " + threw.error().getClass().getSimpleName() + ": "
                    + threw.error().getMessage());
            case Outcome.Overran<ToolOutcome> overran -> failed("did not return within " + INVOKE_LIMIT.toSeconds() + " s");
        };
    }

    private ToolOutcome failed(String why) {
        return new ToolOutcome.Failed(integration.redact().apply("tool '" + integration.name() + "' " + why));
    }
}
