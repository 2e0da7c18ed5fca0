package dev.pincer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pincer.runtime.run.RunState;
import dev.pincer.runtime.store.Approval;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.InboxEntry;
import dev.pincer.runtime.store.OutboxEntry;
import dev.pincer.runtime.store.OutboxStats;
import dev.pincer.runtime.store.ScheduledTask;
import dev.pincer.runtime.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pincer status}: what is running, what is queued, retried or given up on, and the last problems. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show whether the assistant runs, each integration's state and last problem, queued and retrying",
                "messages, dead letters (messages given up on, with the reason) and scheduled tasks. Never shows secrets."})
final class StatusCommand implements Callable<Integer> {
    private static final int DEAD_SHOWN = 10;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = data.directory();
        Path database = dataDir.resolve("pincer.db");
        if (!Files.isRegularFile(database)) {
            out.println("pincer: nothing has run with the data directory " + dataDir + " yet; start with: ./pincer run");
            return 0;
        }
        Optional<JsonNode> run = RunState.read(dataDir);
        boolean alive = run.map(node -> ProcessHandle.of(node.path("pid").asLong()).map(ProcessHandle::isAlive)
                .orElse(false)).orElse(false);
        if (alive) {
            JsonNode node = run.get();
            out.println("running: pid " + node.path("pid").asLong() + " since " + node.path("startedAt").asText()
                    + " (updated " + node.path("updatedAt").asText() + ")");
            out.println("model: " + node.path("model").asText());
            if (!node.path("localChat").asText().isEmpty()) {
                out.println("local chat: " + node.path("localChat").asText());
            }
            out.println("integrations:");
            node.path("integrations").properties().forEach(entry -> {
                out.println("  " + entry.getKey() + ": " + entry.getValue().path("state").asText());
                if (entry.getValue().has("lastProblem")) {
                    out.println("    last problem: " + entry.getValue().path("lastProblem").asText());
                }
            });
        } else if (run.isPresent()) {
            out.println("not running: the last run (pid " + run.get().path("pid").asLong() + ", updated "
                    + run.get().path("updatedAt").asText() + ") ended without a clean stop; queued work resumes at the next ./pincer run");
        } else {
            out.println("not running; queued work resumes at the next ./pincer run");
        }
        try (Store store = Store.open(database)) {
            report(out, store, Instant.now());
        }
        return 0;
    }

    private static void report(PrintWriter out, Store store, Instant now) {
        List<InboxEntry> deadInbound = store.deadInbound();
        List<OutboxEntry> deadLetters = store.deadLetters();
        out.println("inbound: " + store.unprocessedCount() + " waiting for an answer, " + deadInbound.size()
                + " given up on");
        for (InboxEntry dead : last(deadInbound)) {
            out.println("  dead inbound in:" + dead.id() + " (" + dead.integration() + " " + dead.message().id() + ") after "
                    + dead.failures()
                    + " failures: " + dead.lastError().orElse("(no reason recorded)"));
        }
        OutboxStats stats = store.stats();
        out.println("outbound:" + (stats.byIntegration().isEmpty() ? " nothing sent yet" : ""));
        for (Map.Entry<String, OutboxStats.Counts> entry : stats.byIntegration().entrySet()) {
            OutboxStats.Counts counts = entry.getValue();
            out.println("  " + entry.getKey() + ": " + counts.pending() + " pending"
                    + counts.oldestPendingSince().map(since -> " (oldest " + age(since, now) + ")").orElse("")
                    + ", " + counts.delivered() + " delivered, " + counts.dead() + " dead letters");
        }
        List<OutboxEntry> pending = store.due(now.plus(Duration.ofDays(3650)), DEAD_SHOWN);
        for (OutboxEntry entry : pending) {
            if (entry.attempts() > 0) {
                out.println("  retrying " + entry.integration() + " " + entry.message().id() + ": attempt "
                        + entry.attempts() + ", next at " + entry.nextAttemptAt() + ", last error: "
                        + entry.lastError().orElse("-"));
            }
        }
        for (OutboxEntry dead : last(deadLetters)) {
            out.println("  dead letter out:" + dead.id() + " (" + dead.integration() + " " + dead.message().id() + ") after "
                    + dead.attempts()
                    + " attempts: " + dead.lastError().orElse("(no reason recorded)"));
        }
        if (!deadLetters.isEmpty() || !deadInbound.isEmpty()) {
            out.println("  put one back in the queue with: ./pincer retry out:N (or in:N)");
        }
        List<ScheduledTask> tasks = store.tasks();
        out.println("scheduled tasks: " + tasks.size());
        for (ScheduledTask task : tasks) {
            out.println("  " + task.id() + ": " + task.schedule() + task.nextRun().map(next -> ", next " + next).orElse(""));
        }
        List<Approval> approvals = store.pendingApprovals();
        out.println("approvals waiting for the owner: " + approvals.size());
        for (Approval approval : approvals) {
            out.println("  " + approval.code() + " asked in " + approval.origin().integration() + ":"
                    + approval.origin().conversation() + ", expires " + approval.expiresAt() + ": " + approval.reason());
        }
        Map<ConversationRef, String> tainted = store.tainted();
        out.println("tainted conversations: " + tainted.size()
                + (tainted.isEmpty() ? "" : " (changes and sends there need approval; the owner lifts it by sending "
                        + "'lift taint' in that chat)"));
        tainted.forEach((conversation, source) -> out.println("  " + conversation.integration() + ":"
                + conversation.conversation() + ": " + source));
    }

    private static <T> List<T> last(List<T> entries) {
        return entries.subList(Math.max(0, entries.size() - DEAD_SHOWN), entries.size());
    }

    private static String age(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        return age.toMinutes() > 0 ? age.toMinutes() + " min ago" : age.toSeconds() + " s ago";
    }
}
