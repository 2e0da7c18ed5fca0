package dev.pincer.runtime.policy;

import dev.pincer.runtime.yaml.LocatedYaml;
import dev.pincer.runtime.yaml.LocatedYamlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The owner's permissions, read from {@code policy.yaml} (see {@code specs/policy.md}): which proposed actions are
 * allowed, asked about or denied, for whom and where, within which budgets.
 *
 * <p>Immutable and thread-safe. Default deny: a tool call or reply that no rule allows is denied; egress is allowed
 * unless a rule denies it. When several rules match, the strictest wins.
 */
public final class Policy {
    /** Names that cannot be given to a principal or chat, because {@code for:} and messages use them. */
    static final Set<String> RESERVED_NAMES = Set.of("owner", "anyone", "stranger");
    /** The source name of the built-in policy, which labels its rules {@code built-in: ask *.write}. */
    static final String BUILT_IN = "built-in";

    private static final String BUILT_IN_TEXT = """
            owner: {ids: ["local:*"], approvals: "local:local"}
            rules:
              - allow: ["*.reply", "*.read", "pincer.*"]
              - ask: ["*.write", "*.delete", "*.send", "*.spend"]
            """;
    private static final Policy BUILT_IN_POLICY = parse(BUILT_IN_TEXT, BUILT_IN);

    private final String source;
    private final RuleIndex rules;
    private final int ruleCount;
    private final List<Budget> budgets;
    private final Senders senders;
    private final List<ActionPattern> trust;
    private final ChatAddress approvalChat;
    private final Duration approvalTimeout;

    Policy(String source, List<RuleEntry> rules, int ruleCount, List<Budget> budgets, Senders senders,
            List<ActionPattern> trust, ChatAddress approvalChat, Duration approvalTimeout) {
        this.source = source;
        this.rules = new RuleIndex(rules);
        this.ruleCount = ruleCount;
        this.budgets = List.copyOf(budgets);
        this.senders = senders;
        this.trust = List.copyOf(trust);
        this.approvalChat = approvalChat;
        this.approvalTimeout = approvalTimeout;
    }

    /**
     * Reads and checks a policy file.
     *
     * @throws PolicyException if the file does not exist or breaks a rule of {@code specs/policy.md}; the message
     *     names the file, line, column, field, the bad value and what is valid
     */
    public static Policy read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new PolicyException(file + " does not exist; create it (see specs/policy.md), or leave it out to use "
                    + "the built-in policy");
        }
        try {
            Path name = file.getFileName();
            return new PolicyReader(LocatedYaml.read(file), name == null ? file.toString() : name.toString()).policy();
        } catch (LocatedYamlException e) {
            throw new PolicyException(e.getMessage());
        }
    }

    /**
     * Parses and checks a policy's text; {@code sourceName} starts every message and names the rules.
     *
     * @throws PolicyException if the text breaks a rule of {@code specs/policy.md}
     */
    public static Policy parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            return new PolicyReader(LocatedYaml.parse(yaml, sourceName), sourceName).policy();
        } catch (LocatedYamlException e) {
            throw new PolicyException(e.getMessage());
        }
    }

    /** The policy that applies without a file: replies, reads and the runtime's own tool allowed, changes asked. */
    public static Policy builtIn() {
        return BUILT_IN_POLICY;
    }

    /** The built-in policy's YAML, for {@code pincer policy check} and the spec. */
    public static String builtInText() {
        return BUILT_IN_TEXT;
    }

    /**
     * Decides on one proposed action: the strictest matching rule (default deny; egress default allow), at least
     * ask for a write, delete, send or spend tool call of a tainted task, then every matching budget.
     *
     * @param ledger what the budgets have used; only read here
     * @param now the end of each budget's rolling window
     * @return the outcome, the rule it came from, a reason, and the charges to record if the action goes ahead
     */
    public PolicyDecision decide(PolicyRequest request, BudgetLedger ledger, Instant now) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(now, "now");
        return Decider.decide(this, request, ledger, now);
    }

    /** Who a sender is: the owner if {@code owner.ids} lists them, else the first principal that does, else a stranger. */
    public Principal principalOf(String channel, String senderId) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(senderId, "senderId");
        return senders.principalOf(channel, senderId);
    }

    /** The chat approval requests go to: {@code owner.approvals}, default {@code local:local}. */
    public ChatAddress approvalChat() {
        return approvalChat;
    }

    /** How long an approval request waits before silence denies it: {@code approvals.timeout}, default 10 minutes. */
    public Duration approvalTimeout() {
        return approvalTimeout;
    }

    /** True if {@code trust} lists the action, so that its results do not taint the task. */
    public boolean trusts(String integration, String action) {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(action, "action");
        for (ActionPattern pattern : trust) {
            if (pattern.glob().matches(integration) && (pattern.verb().equals(ActionPattern.ANY)
                    || pattern.verb().equals(action))) {
                return true;
            }
        }
        return false;
    }

    /** How many rules the policy has (a rule may list several patterns). */
    public int ruleCount() {
        return ruleCount;
    }

    /** How many budgets the policy has. */
    public int budgetCount() {
        return budgets.size();
    }

    /** The owner's sender references, as written: {@code local:*}, {@code telegram:111111}. */
    public List<String> ownerIds() {
        return senders.ownerIds();
    }

    /** The principals by name, each with their sender references as written. */
    public Map<String, List<String>> principals() {
        return senders.principalNames();
    }

    String source() {
        return source;
    }

    RuleIndex rules() {
        return rules;
    }

    List<Budget> budgets() {
        return budgets;
    }
}
