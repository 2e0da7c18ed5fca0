package dev.pincer.cli;

import dev.pincer.runtime.policy.BudgetLedger;
import dev.pincer.runtime.policy.Charge;
import dev.pincer.runtime.policy.ChatAddress;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.PolicyDecision;
import dev.pincer.runtime.policy.PolicyException;
import dev.pincer.runtime.policy.PolicyRequest;
import dev.pincer.runtime.policy.Principal;
import dev.pincer.runtime.tool.Amount;
import dev.pincer.runtime.tool.Effect;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer policy check|explain}: checks the owner's policy.yaml and shows how it decides. */
@Command(name = "policy",
        description = {"Check the owner's permissions file (policy.yaml, beside pincer.yaml; specs/policy.md) and ask it",
                "how it decides. Without a policy.yaml, pincer run uses the built-in policy."},
        subcommands = {PolicyCommand.Check.class, PolicyCommand.Explain.class})
final class PolicyCommand extends CommandGroup {
    static final Path DEFAULT_FILE = Path.of("policy.yaml");

    /** {@code pincer policy check [FILE]}. */
    @Command(name = "check", description = {"Read FILE (default: ./policy.yaml) and print a summary, or the first problem",
            "with its file, line, column, field and what would be valid.",
            "Exit code 0 valid (or no policy.yaml: the built-in policy applies), 1 invalid."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "the policy file (default: ./policy.yaml)")
        private Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (file == null && !Files.exists(DEFAULT_FILE)) {
                out.println("no policy.yaml here: pincer run uses the built-in policy — " + summary(Policy.builtIn()));
                out.print(Policy.builtInText().indent(2));
                return 0;
            }
            Path path = file == null ? DEFAULT_FILE : file;
            try {
                out.println(path + ": OK — " + summary(Policy.read(path)));
                return 0;
            } catch (PolicyException e) {
                spec.commandLine().getErr().println("pincer: " + e.getMessage());
                return 1;
            }
        }

        private static String summary(Policy policy) {
            return policy.ruleCount() + " rule" + (policy.ruleCount() == 1 ? "" : "s") + ", " + policy.budgetCount()
                    + " budget" + (policy.budgetCount() == 1 ? "" : "s") + ", owner: " + String.join(", ", policy.ownerIds())
                    + (policy.principals().isEmpty() ? "" : ", principals: " + String.join(", ", policy.principals().keySet()))
                    + ", approvals in " + policy.approvalChat() + " within " + policy.approvalTimeout().toString()
                            .substring(2).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code pincer policy explain [FILE] --tool … | --reply CHAT | --egress HOST}. */
    @Command(name = "explain", description = {"Decide one proposed action with FILE (default: ./policy.yaml, else the",
            "built-in policy) and an empty budget ledger, and print the outcome, the rule and the reason.",
            "A tool call: --tool gmail --action send_message --effect send --resource gmail.to:a@b.c",
            "A reply: --reply telegram:-1001234.  Egress: --tool github --egress api.github.com"})
    static final class Explain implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "the policy file (default: ./policy.yaml)")
        private Path file;

        @Option(names = "--tool", paramLabel = "NAME", description = "the tool's (or, with --egress, the integration's) name")
        private String tool;

        @Option(names = "--action", paramLabel = "NAME", description = "the tool action's name, such as send_message")
        private String action;

        @Option(names = "--effect", paramLabel = "EFFECT", description = "read, write, delete, send or spend")
        private String effect;

        @Option(names = "--resource", paramLabel = "RESOURCE", description = "the resolved resource, such as gmail.to:a@b.c")
        private String resource;

        @Option(names = "--amount", paramLabel = "AMOUNT", description = "what a spend costs, such as \"5 USD\"")
        private String amount;

        @Option(names = "--reply", paramLabel = "CHAT", description = "decide a reply into CHAT (<channel>:<conversation>)")
        private String reply;

        @Option(names = "--egress", paramLabel = "HOST", description = "decide a request of --tool to HOST")
        private String egress;

        @Option(names = "--principal", paramLabel = "WHO", defaultValue = "owner",
                description = "owner, stranger or a principal's name (default: ${DEFAULT-VALUE})")
        private String principal;

        @Option(names = "--chat", paramLabel = "CHAT", description = "the task's chat, <channel>:<conversation>")
        private String chat;

        @Option(names = "--tainted", description = "the task has read content that is not trusted")
        private boolean tainted;

        @Override
        public Integer call() {
            Path path = file == null ? DEFAULT_FILE : file;
            Policy policy;
            try {
                policy = file == null && !Files.exists(DEFAULT_FILE) ? Policy.builtIn() : Policy.read(path);
            } catch (PolicyException e) {
                spec.commandLine().getErr().println("pincer: " + e.getMessage());
                return 1;
            }
            PolicyDecision decision = policy.decide(request(policy), BudgetLedger.inMemory(), Instant.now());
            PrintWriter out = spec.commandLine().getOut();
            out.println(decision.outcome() + "  " + decision.rule());
            out.println("  " + decision.reason());
            for (Charge charge : decision.charges()) {
                out.println("  counts " + charge.amount().toPlainString() + " against budget " + charge.budget());
            }
            return 0;
        }

        private PolicyRequest request(Policy policy) {
            Principal who = principal(policy);
            Optional<ChatAddress> in = Optional.ofNullable(chat).map(ChatAddress::parse);
            if (reply != null) {
                return PolicyRequest.reply(ChatAddress.parse(reply), who, tainted);
            }
            String integration = required(tool, "--tool");
            if (egress != null) {
                return PolicyRequest.egress(integration, egress, who);
            }
            PolicyRequest request = PolicyRequest.tool(integration, required(action, "--action"),
                    Effect.fromWireName(required(effect, "--effect")), required(resource, "--resource"), who, in, tainted);
            return amount == null ? request : request.withAmount(Amount.parse(amount));
        }

        private Principal principal(Policy policy) {
            return switch (principal) {
                case "owner" -> Principal.owner();
                case "stranger", "anyone" -> Principal.stranger();
                default -> {
                    if (!policy.principals().containsKey(principal)) {
                        throw new IllegalArgumentException("--principal " + principal + " is not in the policy; valid: "
                                + "owner, stranger" + (policy.principals().isEmpty() ? ""
                                        : ", " + String.join(", ", policy.principals().keySet())));
                    }
                    yield Principal.named(principal);
                }
            };
        }

        private static String required(String value, String option) {
            if (value == null) {
                throw new IllegalArgumentException("a tool call needs " + option + " (and --tool, --action, --effect, "
                        + "--resource); or decide a reply with --reply CHAT, or egress with --tool NAME --egress HOST");
            }
            return value;
        }
    }
}
