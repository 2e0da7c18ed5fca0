package dev.pincer.runtime.agent;

import dev.pincer.runtime.route.Agent;
import dev.pincer.runtime.route.Approvals;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.route.Decision;
import dev.pincer.runtime.route.DecisionPoint;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.Turns;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Turn;
import dev.pincer.spi.Clock;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.ToolResult;
import dev.pincer.runtime.context.SystemClock;
import dev.pincer.runtime.store.Store;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The agent: asks the model, runs the tool calls it makes (each allowed by the decision point first), and asks
 * again with the results, until the model answers or the round limit is reached.
 *
 * <p>What the model sees passes through {@code redact} first, so a secret value that reached a tool result or an
 * inbound message is replaced before it leaves for the provider.
 */
public final class AgentLoop implements Agent {
    private static final Duration LONGEST_INLINE_WAIT = Duration.ofSeconds(30);
    private static final int RATE_LIMIT_ATTEMPTS = 3;

    private final Model model;
    private final List<AgentTool> tools;
    private final Map<String, AgentTool> byDefinition = new HashMap<>();
    private final List<ToolDefinition> definitions = new ArrayList<>();
    private final AgentSettings settings;
    private final DecisionPoint decisions;
    private final Approvals approvals;
    private final Clock clock;
    private final UnaryOperator<String> redact;

    /**
     * An agent with the runtime's own scheduling tool and the given confined tools.
     *
     * @param model the model, already started and supervised
     * @param store where scheduled tasks are kept
     * @param zone the owner's time zone, for scheduled tasks
     * @param settings the owner's agent settings
     * @param decisions what allows, denies or puts to the owner each tool call
     * @param approvals recognises the owner's answers to approval requests
     * @param redact removes every secret value from text the model is about to see
     * @param toolIntegrations the confined tools, already started
     */
    public static AgentLoop create(Model model, Store store, ZoneId zone, AgentSettings settings, DecisionPoint decisions,
            Approvals approvals, UnaryOperator<String> redact, List<ToolIntegration> toolIntegrations) {
        SystemClock clock = new SystemClock();
        List<AgentTool> tools = new ArrayList<>();
        tools.add(new Reminders(store, zone, clock::now, new SecureRandom()));
        toolIntegrations.forEach(integration -> tools.add(new ConfinedTool(integration)));
        return new AgentLoop(model, tools, settings, decisions, approvals, clock, redact);
    }

    AgentLoop(Model model, List<AgentTool> tools, AgentSettings settings, DecisionPoint decisions, Approvals approvals,
            Clock clock, UnaryOperator<String> redact) {
        this.model = Objects.requireNonNull(model, "model");
        this.tools = List.copyOf(tools);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.redact = Objects.requireNonNull(redact, "redact");
        for (AgentTool tool : this.tools) {
            for (ToolDefinition definition : tool.definitions()) {
                if (byDefinition.putIfAbsent(definition.name(), tool) != null) {
                    throw new IllegalArgumentException("two tools offer an action named '" + definition.name()
                            + "'; rename one of the integrations");
                }
                definitions.add(definition);
            }
        }
    }

    @Override
    public List<String> respond(ConversationRef conversation, InboundMessage message, List<Turn> history)
            throws InterruptedException {
        TaskOrigin origin = new TaskOrigin(conversation, message.sender().id());
        switch (approvals.answer(origin, message)) {
            case Approvals.Answer.NotAnAnswer notAnAnswer -> { }
            case Approvals.Answer.Reply reply -> {
                return List.of(reply.text());
            }
            case Approvals.Answer.RunTool approved -> {
                return List.of(runApproved(approved));
            }
        }
        String current = redact.apply(Turns.userTurn(message));
        int budget = settings.maxContextChars();
        List<ModelMessage> messages = new ArrayList<>(BoundedContext.of(redacted(history), current, budget));
        int rateLimited = 0;
        for (int round = 1; round <= settings.maxToolRounds();) {
            ModelResult result = model.complete(new ModelRequest(settings.system(), messages, definitions,
                    settings.maxOutputTokens()));
            switch (result) {
                case ModelResult.Reply reply when reply.toolCalls().isEmpty() -> {
                    return List.of(reply.text().isBlank() ? "(the model gave no answer)" : reply.text());
                }
                case ModelResult.Reply reply -> {
                    messages.add(new ModelMessage.Assistant(reply.text(), reply.toolCalls()));
                    List<ToolResult> results = new ArrayList<>();
                    for (int i = 0; i < reply.toolCalls().size(); i++) {
                        ToolCall call = reply.toolCalls().get(i);
                        String invocationId = conversation.integration() + ":" + message.id() + ":" + round + ":" + i;
                        results.add(run(call, origin, invocationId));
                    }
                    messages.add(new ModelMessage.ToolResults(results));
                    round++;
                }
                case ModelResult.RetryAfter retry -> {
                    if (++rateLimited > RATE_LIMIT_ATTEMPTS || retry.delay().compareTo(LONGEST_INLINE_WAIT) > 0) {
                        throw new ModelUnavailableException("the model asked to wait " + retry.delay().toSeconds()
                                + " s (" + retry.reason() + "); the message is retried later");
                    }
                    clock.sleep(retry.delay());
                }
                case ModelResult.ContextTooLong tooLong -> {
                    if (budget <= 1_000) {
                        return List.of("Your message is too long for the model (" + tooLong.reason()
                                + "). Please send a shorter one.");
                    }
                    budget /= 2;
                    messages = new ArrayList<>(BoundedContext.of(redacted(history), current, budget));
                }
                case ModelResult.Failed failed -> {
                    return List.of("Sorry, the model failed: " + failed.reason()
                            + " (the owner can see details with `pincer status`).");
                }
            }
        }
        return List.of("I stopped after " + settings.maxToolRounds() + " tool rounds without a final answer "
                + "(agent.maxToolRounds in pincer.yaml).");
    }

    private ToolResult run(ToolCall call, TaskOrigin origin, String invocationId) throws InterruptedException {
        AgentTool tool = byDefinition.get(call.name());
        if (tool == null) {
            return new ToolResult(call.id(), "there is no tool named '" + call.name() + "'; the tools are "
                    + definitions.stream().map(ToolDefinition::name).toList(), true);
        }
        AgentTool.Prepared prepared = tool.prepare(call.name(), call.arguments(), origin);
        if (prepared.action().isEmpty()) {
            return new ToolResult(call.id(), "invalid arguments: " + prepared.problem().orElseThrow(), true);
        }
        ProposedAction.InvokeTool action = prepared.action().get();
        Decision decision = decisions.decide(action);
        return switch (decision) {
            case Decision.Deny deny -> new ToolResult(call.id(), "not allowed: " + deny.reason(), true);
            case Decision.Ask ask -> new ToolResult(call.id(), "waiting for the owner's approval (request " + ask.code()
                    + "): " + ask.reason() + ". It has not run. If the owner approves it, it runs once and its result "
                    + "arrives in this conversation; do not call it again meanwhile.", false);
            case Decision.Allow allow -> {
                decisions.toolCalling(action, invocationId);
                ToolOutcome outcome = tool.run(action, invocationId);
                decisions.toolReturned(action, invocationId, outcome);
                yield new ToolResult(call.id(), redact.apply(describe(outcome)), !(outcome instanceof ToolOutcome.Done));
            }
        };
    }

    private String runApproved(Approvals.Answer.RunTool approved) throws InterruptedException {
        ProposedAction.InvokeTool action = approved.action();
        AgentTool tool = tools.stream().filter(candidate -> candidate.owns(action)).findFirst().orElse(null);
        if (tool != null) {
            decisions.toolCalling(action, approved.invocationId());
        }
        ToolOutcome outcome = tool == null
                ? new ToolOutcome.Failed("no tool '" + action.integration() + "' with an action '" + action.action()
                        + "' is loaded now")
                : tool.run(action, approved.invocationId());
        return approvals.ran(approved.code(), action, outcome);
    }

    /** A tool's outcome in words for the model; the caller redacts it. */
    static String describe(ToolOutcome outcome) {
        return switch (outcome) {
            case ToolOutcome.Done done -> done.result().toString();
            case ToolOutcome.RetryAfter retry -> "temporarily unavailable, try again in " + retry.delay().toSeconds()
                    + " s: " + retry.reason();
            case ToolOutcome.Failed failed -> "failed: " + failed.reason();
        };
    }

    private List<Turn> redacted(List<Turn> history) {
        return history.stream().map(t -> new Turn(t.role(), redact.apply(t.text()), t.at())).toList();
    }

    /** Thrown when the model cannot answer now; the router retries the message with back-off. */
    static final class ModelUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModelUnavailableException(String message) {
            super(message);
        }
    }
}
