package dev.pincer.cli;

import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.permit.Permissions;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.route.Decision;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.secrets.DataDirectory;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.tool.Amount;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times whole decisions at the decision point, as {@code pincer run} makes them: the 1,000-rule policy of
 * {@code bench policy}, the taint lookup, and the {@code decision} entry appended to the audit log and forced to the
 * disk before the decision returns (and, for a spend, the budget charge committed to SQLite).
 */
final class DecideBenchmark {
    private static final int DECISIONS = 1000;
    private static final TaskOrigin OWNER = new TaskOrigin(new ConversationRef("telegram", "111111"), "111111");

    private final Path parent;
    private final int runs;

    /** @param parent where the scratch directory is made; its disk is the one measured */
    DecideBenchmark(Path parent, int runs) {
        this.parent = parent.toAbsolutePath().normalize();
        this.runs = runs;
    }

    String run() throws IOException {
        Path dir = Files.createTempDirectory(parent, "pincer-bench-decide-");
        try {
            Policy policy = Policy.parse(PolicyBenchmarkText.yaml(), "policy.yaml");
            ProposedAction read = new ProposedAction.InvokeTool(PolicyBenchmarkText.tool(7), "list_items",
                    Json.parseObject("{}"), Effect.READ, "item.list:1", OWNER);
            ProposedAction spend = new ProposedAction.InvokeTool("shop", "buy", Json.parseObject("{\"amount\": 0.01}"),
                    Effect.SPEND, "shop.item:1", OWNER);
            List<long[]> reads = new ArrayList<>();
            List<long[]> spends = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path data = DataDirectory.create(dir.resolve("data-" + run));
                try (Store store = Store.open(data.resolve("pincer.db"));
                        AuditLog audit = AuditLog.open(data, text -> text)) {
                    Permissions permissions = Permissions.create(policy, GuardChain.empty(), store, audit,
                            Clock.systemUTC(), action -> Optional.of(Amount.parse("0.01 USD")), new SecureRandom());
                    reads.add(time(permissions, read));
                    spends.add(time(permissions, spend));
                }
            }
            return String.format(Locale.ROOT, """
                    pincer bench decide (%d rules; %d decisions per row and run, one thread, %d runs; scratch in %s)
                      allowed read    policy + taint lookup + decision entry forced   %s
                      allowed spend   ... + budget charge committed to SQLite         %s
                    Each decision's audit entry is on the disk before the decision returns; see bench audit for the
                    append floor and bench policy for the policy alone.""",
                    policy.ruleCount(), DECISIONS, runs, dir, figures(reads), figures(spends));
        } finally {
            ScratchFiles.deleteTree(dir);
        }
    }

    private static long[] time(Permissions permissions, ProposedAction action) {
        long[] nanos = new long[DECISIONS];
        for (int i = 0; i < DECISIONS; i++) {
            long start = System.nanoTime();
            Decision decision = permissions.decide(action);
            nanos[i] = System.nanoTime() - start;
            if (!(decision instanceof Decision.Allow)) {
                throw new IllegalStateException("the benchmark expects every decision allowed, got " + decision);
            }
        }
        return nanos;
    }

    /** Decisions per second, median and p99, each the median over the runs. */
    private static String figures(List<long[]> runs) {
        double[] perSecond = new double[runs.size()];
        long[] medians = new long[runs.size()];
        long[] p99s = new long[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            long[] nanos = runs.get(r).clone();
            perSecond[r] = nanos.length / (Arrays.stream(nanos).sum() / 1e9);
            Arrays.sort(nanos);
            medians[r] = nanos[nanos.length / 2];
            p99s[r] = nanos[(int) (nanos.length * 0.99)];
        }
        Arrays.sort(perSecond);
        Arrays.sort(medians);
        Arrays.sort(p99s);
        int mid = runs.size() / 2;
        return String.format(Locale.ROOT, "%7.0f decisions/s   median %6.0f µs   p99 %6.0f µs", perSecond[mid],
                medians[mid] / 1e3, p99s[mid] / 1e3);
    }
}
