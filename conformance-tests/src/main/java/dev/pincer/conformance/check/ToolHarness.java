package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.spi.Tool;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A tool under test, wired as the runtime wires it, against a platform's fakes.
 *
 * <p>Each {@link #start()} makes a fresh instance (loaded with {@code Tool.class}) in a fresh class loader,
 * wired as {@link IntegrationHarness} says. {@link #call} checks the arguments against the manifest's
 * declaration first, as the runtime does. Every call is kept with the requests it made, and every text the
 * tool emits (log lines, results, reasons, exception messages) for the invariants.
 */
public abstract class ToolHarness extends IntegrationHarness {
    /**
     * One {@code invoke}: what was asked, what came back (null if it threw or returned null), what it threw
     * (null if nothing), and the requests it made.
     */
    public record Call(ToolInvocation invocation, ToolOutcome outcome, Throwable thrown, List<EgressRecord> requests,
            Duration realTime) {}

    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private Tool tool;
    private int callCount;

    /** A harness whose vault holds {@code secretValues}, bound to hosts as the integration's manifest says. */
    protected ToolHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        super(integration, specs, seed, secretValues);
    }

    /** Starts a fresh instance with the manifest's configuration. */
    @Override
    public final void start() {
        start(manifest().config(), vault);
    }

    /** Starts a fresh instance with this configuration and these secrets, as after a process start. */
    public final void start(Map<String, String> config, SecretVault secrets) {
        stop();
        HarnessContext context = openContext(secrets, config);
        tool = integration().newInstance(Tool.class);
        starting(() -> tool.start(context));
    }

    @Override
    final void stopInstance() {
        tool.stop();
    }

    /**
     * Calls {@code action} as the runtime does: the arguments are checked against the declaration first,
     * and the call gets the next id ({@code call-1}, {@code call-2}, …).
     *
     * @throws IllegalArgumentException if the manifest does not declare the action or the arguments do not fit it
     */
    public final ToolOutcome call(String action, JsonObject arguments) throws InterruptedException {
        ActionDeclaration declared = manifest().action(action).orElseThrow(() -> new IllegalArgumentException(
                "the manifest declares no action '" + action + "', so the runtime would not call it"));
        List<String> problems = declared.argumentProblems(arguments);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the suite's arguments for " + action + " do not fit the manifest's schema,"
                    + " so the runtime would not call it: " + problems);
        }
        return invoke(new ToolInvocation(nextId(), action, arguments));
    }

    /** The id the next {@link #call} gets. */
    public final synchronized String nextId() {
        return "call-" + ++callCount;
    }

    /** Calls {@code invoke} with exactly this invocation, checking nothing. */
    public final ToolOutcome invoke(ToolInvocation invocation) throws InterruptedException {
        int before = egressRecords().size();
        long start = System.nanoTime();
        ToolOutcome outcome = null;
        Throwable thrown = null;
        try {
            outcome = tool.invoke(invocation);
            if (outcome == null) {
                throw new NullOutcome("invoke(" + invocation.action() + ") returned null; Tool.invoke returns a ToolOutcome");
            }
            switch (outcome) {
                case ToolOutcome.Done done -> keep(done.result().toString());
                case ToolOutcome.RetryAfter retry -> keep(retry.reason());
                case ToolOutcome.Failed failed -> keep(failed.reason());
            }
            return outcome;
        } catch (RuntimeException | InterruptedException e) {
            thrown = e;
            remember(e);
            throw e;
        } finally {
            List<EgressRecord> all = egressRecords();
            calls.add(new Call(invocation, outcome, thrown, all.subList(Math.min(before, all.size()), all.size()),
                    Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** {@code invoke} returned null. */
    public static final class NullOutcome extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NullOutcome(String message) {
            super(message);
        }
    }

    /** Arguments from name-value pairs; values are strings, whole numbers or lists of strings. */
    public static JsonObject arguments(Object... pairs) {
        JsonObject.Builder builder = Json.object();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            switch (pairs[i + 1]) {
                case String s -> builder.put(name, s);
                case Integer n -> builder.put(name, n.longValue());
                case Long n -> builder.put(name, n);
                case List<?> list -> builder.put(name, Json.array(list.stream().map(o -> Json.of((String) o)).toList()));
                default -> throw new IllegalArgumentException("unsupported argument value " + pairs[i + 1]);
            }
        }
        return builder.build();
    }

    /** Every call so far, in the order they returned. */
    public final List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
