package dev.pincer.cli;

import dev.pincer.runtime.policy.BudgetLedger;
import dev.pincer.runtime.policy.ChatAddress;
import dev.pincer.runtime.policy.Outcome;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.PolicyDecision;
import dev.pincer.runtime.policy.PolicyRequest;
import dev.pincer.runtime.policy.Principal;
import dev.pincer.runtime.tool.Amount;
import dev.pincer.runtime.tool.Effect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Times {@link Policy#decide} on a realistic policy of 1,000 rules (many tools, repositories, principals, chats, egress
 * denials) with budgets over an in-memory ledger: nanoseconds per decision for allowed, default-denied and budgeted
 * requests, each timed alone after a warm-up.
 */
final class PolicyBenchmark {
    private static final int WARM_UP = 300_000;
    private static final int SAMPLES = 200_000;
    private static final int VARIANTS = 256;
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final int runs;

    PolicyBenchmark(int runs) {
        this.runs = runs;
    }

    String run() {
        Policy policy = Policy.parse(PolicyBenchmarkText.yaml(), "policy.yaml");
        if (policy.ruleCount() != PolicyBenchmarkText.RULES) {
            throw new IllegalStateException("the benchmark's policy has " + policy.ruleCount() + " rules, not "
                    + PolicyBenchmarkText.RULES);
        }
        BudgetLedger ledger = BudgetLedger.inMemory();
        for (int i = 0; i < 20; i++) {
            Instant at = NOW.minus(Duration.ofMinutes(3L * i + 1));
            ledger.charge("daily-spend", new BigDecimal("0.25"), at);
            ledger.charge("hourly-messages", BigDecimal.ONE, at);
            ledger.charge("tool-writes", BigDecimal.ONE, at);
        }
        SplittableRandom random = new SplittableRandom(42);
        List<PolicyRequest> allowed = new ArrayList<>();
        List<PolicyRequest> denied = new ArrayList<>();
        List<PolicyRequest> budgeted = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            int tool = random.nextInt(PolicyBenchmarkText.TOOLS);
            ChatAddress chat = new ChatAddress("telegram", "111111");
            allowed.add(random.nextBoolean()
                    ? PolicyRequest.tool(PolicyBenchmarkText.tool(tool), "list_items", Effect.READ,
                            "item.list:" + i, Principal.owner(), Optional.of(chat), false)
                    : PolicyRequest.tool("github", "create_issue", Effect.WRITE,
                            PolicyBenchmarkText.repo(random.nextInt(PolicyBenchmarkText.REPOS)), Principal.owner(),
                            Optional.of(chat), false));
            denied.add(random.nextBoolean()
                    ? PolicyRequest.tool("unknown-" + tool, "do_it", Effect.WRITE, "x.y:" + i, Principal.owner(),
                            Optional.of(chat), false)
                    : PolicyRequest.tool(PolicyBenchmarkText.tool(tool), "frobnicate", Effect.WRITE, "item.x:" + i,
                            Principal.stranger(), Optional.of(chat), false));
            budgeted.add(random.nextBoolean()
                    ? PolicyRequest.tool("shop", "buy", Effect.SPEND, "shop.item:" + i, Principal.owner(),
                            Optional.of(chat), false).withAmount(Amount.parse("1.50 USD"))
                    : PolicyRequest.reply(new ChatAddress("telegram", "111111"), Principal.owner(), false));
        }
        check(policy, ledger, allowed, Outcome.ALLOW, false);
        check(policy, ledger, denied, Outcome.DENY, false);
        check(policy, ledger, budgeted, Outcome.ALLOW, true);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "pincer bench policy (%d rules, %d budgets over an in-memory ledger of 60 charges; %d decisions timed one "
                        + "by one after %d warm-up, %d runs, medians of the runs' figures)%n",
                policy.ruleCount(), policy.budgetCount(), SAMPLES, WARM_UP, runs));
        for (var row : List.of(new Row("allowed", "a rule allows (tool read, repository write)", allowed),
                new Row("denied", "default deny (unknown tool, stranger)", denied),
                new Row("budgeted", "allowed and counted (spend in USD, reply per hour)", budgeted))) {
            long[] medians = new long[runs];
            long[] p99s = new long[runs];
            for (int r = 0; r < runs; r++) {
                long[] times = time(policy, ledger, row.requests());
                medians[r] = times[times.length / 2];
                p99s[r] = times[(int) (times.length * 0.99)];
            }
            Arrays.sort(medians);
            Arrays.sort(p99s);
            out.append(String.format(Locale.ROOT, "  %-9s %-52s median %6d ns   p99 %6d ns%n", row.name(), row.what(),
                    medians[runs / 2], p99s[runs / 2]));
        }
        return out.toString().stripTrailing();
    }

    private record Row(String name, String what, List<PolicyRequest> requests) {}

    private static long[] time(Policy policy, BudgetLedger ledger, List<PolicyRequest> requests) {
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += policy.decide(requests.get(i % VARIANTS), ledger, NOW).charges().size();
        }
        long[] times = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            PolicyRequest request = requests.get(i % VARIANTS);
            long began = System.nanoTime();
            PolicyDecision decision = policy.decide(request, ledger, NOW);
            times[i] = System.nanoTime() - began;
            sink += decision.rule().length();
        }
        if (sink == 42) {
            throw new IllegalStateException("unlikely");
        }
        Arrays.sort(times);
        return times;
    }

    private static void check(Policy policy, BudgetLedger ledger, List<PolicyRequest> requests, Outcome expected,
            boolean charged) {
        for (PolicyRequest request : requests) {
            PolicyDecision decision = policy.decide(request, ledger, NOW);
            if (decision.outcome() != expected || decision.charges().isEmpty() == charged) {
                throw new IllegalStateException("the benchmark's request " + request + " was decided " + decision
                        + ", not " + expected + (charged ? " with charges" : ""));
            }
        }
    }
}
