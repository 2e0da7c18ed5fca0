package example.github;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Tool;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes GitHub issues through the REST API: the reference implementation of {@code tools/github}.
 *
 * <p>The runtime has already checked each call's arguments against the manifest's schema and the owner's
 * permissions; this class still refuses what would leave the repository's path, and never repeats a change
 * it completed for the same call id. Thread-safe once started.
 */
public final class GitHubTool implements Tool {
    private static final List<String> ACTIONS = List.of("list_issues", "get_issue", "create_issue", "comment_on_issue");
    private static final String DEFAULT_USER_AGENT = "pincer-github-tool";

    private volatile RestApi api;
    private volatile Issues issues;
    private volatile Ledger ledger;

    /** Does nothing: the context arrives in {@link #start}. */
    public GitHubTool() {}

    @Override
    public void start(IntegrationContext context) {
        String placeholder = context.secrets().get("GITHUB_TOKEN").placeholder();
        String userAgent = context.config().get("userAgent").orElse(DEFAULT_USER_AGENT);
        if (userAgent.isBlank() || userAgent.length() > 256 || !userAgent.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw new IntegrationException("configuration key 'userAgent' is \"" + userAgent.replaceAll("[^ -~]", "?")
                    + "\"; set it to 1 to 256 printable ASCII characters that name your application, such as "
                    + DEFAULT_USER_AGENT + " (GitHub refuses requests without a User-Agent)");
        }
        api = new RestApi(context.http(), placeholder, userAgent, context.clock());
        issues = new Issues(new Caller(api, context.clock(), context.random()));
        ledger = new Ledger(context.state());
    }

    @Override
    public ToolOutcome invoke(ToolInvocation call) throws InterruptedException {
        if (!ACTIONS.contains(call.action())) {
            return new ToolOutcome.Failed("this tool has no action '" + call.action() + "'; it declares " + String.join(", ", ACTIONS));
        }
        try {
            JsonObject args = call.arguments();
            Optional<Target> target = Target.of(args.string("owner"), args.string("repo"));
            if (target.isEmpty()) {
                return new ToolOutcome.Failed("'" + args.string("owner") + "/" + args.string("repo")
                        + "' is not a repository: GitHub names are never '.' or '..'");
            }
            return switch (call.action()) {
                case "list_issues" -> issues.list(target.get(), args);
                case "get_issue" -> issues.get(target.get(), args);
                case "create_issue" -> once(call.id(), () -> issues.create(target.get(), args));
                default -> once(call.id(), () -> issues.comment(target.get(), args));
            };
        } catch (JsonException e) {
            return new ToolOutcome.Failed("the arguments do not fit the action's schema: " + e.getMessage());
        }
    }

    private interface Change {
        ToolOutcome run() throws InterruptedException;
    }

    /** Runs a change unless this call id already completed one, and records a completed one's result. */
    private ToolOutcome once(String callId, Change change) throws InterruptedException {
        Optional<Json> recorded = ledger.completed(callId);
        if (recorded.isPresent()) {
            return new ToolOutcome.Done(recorded.get());
        }
        ToolOutcome outcome = change.run();
        if (outcome instanceof ToolOutcome.Done done) {
            ledger.record(callId, done.result());
        }
        return outcome;
    }

    @Override
    public void stop() {
        RestApi current = api;
        if (current != null) {
            current.stop();
        }
    }
}
