package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.conformance.fake.telegram.SentMessage;
import dev.pincer.runtime.secrets.DataDirectory;
import dev.pincer.runtime.secrets.SecretStore;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.OutboxEntry;
import dev.pincer.runtime.store.OutboxStats;
import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.store.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code pincer run} process with SIGKILL at random moments under a load of thousands of Telegram
 * messages, restarts it on the same data directory each time, and checks the run's promises: no inbound message
 * lost, no reply sent twice, and every reply either sent once or held as a dead letter that says why.
 */
class CrashSafetyTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    /** Where each run's output is kept for diagnosis, beside the surefire reports. */
    private static final Path LOGS = Path.of("target/crash-safety").toAbsolutePath();
    private static final String TOKEN = "123456:crash-Test_token";
    private static final int MESSAGES = 3000;
    private static final int CHATS = 50;
    private static final int TRICKLED = 1500;
    private static final List<CrashMoment> KILLS = List.of(CrashMoment.RECEIVING, CrashMoment.RECEIVING,
            CrashMoment.ANSWERING, CrashMoment.SENDING, CrashMoment.SENDING, CrashMoment.RECOVERING);
    private static final String INTERRUPTED = "whether it arrived is unknown";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void killedAtRandomMomentsItLosesNoMessageAndSendsNoReplyTwice(@TempDir Path work) throws Exception {
        long seed = Long.getLong("pincer.crash.seed", 20_261_125L);
        Random random = new Random(seed);
        long began = System.nanoTime();
        Path data = DataDirectory.create(work.resolve("data"));
        Files.createDirectories(LOGS);
        SecretStore.open(data).set("TELEGRAM_BOT_TOKEN", TOKEN);
        List<String> kills = new ArrayList<>();
        List<MessageFeeder.Fed> fed;
        List<SentMessage> sent;
        try (FakeTelegram telegram = FakeTelegram.start(TOKEN, Instant::now)) {
            Path config = work.resolve("pincer.yaml");
            Files.writeString(config, "localChat: {enabled: false}\nchannels:\n  - integration: "
                    + ROOT.resolve("examples/channels/telegram") + "\negress:\n  redirect:\n    api.telegram.org: "
                    + telegram.baseUri() + "\n");
            // The built-in policy answers only the owner, on the local chat; here everyone on Telegram is answered.
            Files.writeString(work.resolve("policy.yaml"), """
                    owner: {ids: ["local:*"], approvals: "telegram:1"}
                    rules:
                      - allow: "telegram.reply"
                        for: [anyone]
                    """);
            MessageFeeder feeder = new MessageFeeder(telegram, CHATS, new Random(random.nextLong()));
            feeder.startTrickle(TRICKLED);
            List<CrashMoment> moments = new ArrayList<>(KILLS);
            Collections.shuffle(moments, random);
            int burst = (MESSAGES - TRICKLED) / (moments.size() + 1);
            for (int i = 0; i < moments.size(); i++) {
                try (RunProcess run = RunProcess.start(RunProcess.RUN_OPTIONS, config, data, log("run-" + (i + 1) + ".log"))) {
                    Duration ready = run.awaitReady(PATIENCE);
                    String moment = moments.get(i).await(telegram, feeder, burst, random);
                    run.kill();
                    kills.add(String.format("kill %d: ready after %5d ms; %s", i + 1, ready.toMillis(), moment));
                }
            }
            try (RunProcess last = RunProcess.start(RunProcess.RUN_OPTIONS, config, data, log("run-last.log"))) {
                last.awaitReady(PATIENCE);
                feeder.burst(MESSAGES - TRICKLED - burst * moments.size());
                feeder.awaitTrickle(PATIENCE);
                awaitDrained(data, telegram, MESSAGES, last);
                int exit = last.stop(Duration.ofSeconds(20));
                assertTrue(exit == 0 || exit == 143, "pincer run should stop cleanly on SIGTERM, exited with " + exit
                        + ":\n" + last.tail());
                assertTrue(last.tail().contains("telegram: stopped: pincer is shutting down"),
                        () -> "SIGTERM should stop the channel through the shutdown hook:\n" + last.tail());
                assertFalse(Files.exists(data.resolve("run.json")), "a clean stop removes run.json");
            }
            fed = feeder.fed();
            sent = telegram.sentMessages();
        }
        assertEquals(MESSAGES, fed.size(), "messages fed");
        Outcome outcome = check(data, fed, sent);
        System.out.printf("crash safety (seed %d): %d messages over %d chats, %d kills, %d sends held as dead letters "
                        + "(%d of them had reached Telegram), %.1f s%n", seed, fed.size(), CHATS, kills.size(),
                outcome.held(), outcome.heldButArrived(), (System.nanoTime() - began) / 1e9);
        kills.forEach(kill -> System.out.println("  " + kill));
        assertEquals(List.of(), outcome.problems(), "crash safety broken (seed " + seed + "); kills:\n"
                + String.join("\n", kills));
    }

    /** What the store and the fake tell after the last stop. */
    private record Outcome(int held, int heldButArrived, List<String> problems) {}

    private static Outcome check(Path data, List<MessageFeeder.Fed> fed, List<SentMessage> sent) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> replies = new HashMap<>();
        sent.forEach(message -> replies.merge(firstLine(message.text()), 1, Integer::sum));
        Set<String> held = new HashSet<>();
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            if (store.unprocessedCount() != 0) {
                problems.add(store.unprocessedCount() + " inbound messages are still unprocessed");
            }
            store.deadInbound().forEach(entry -> problems.add("inbound message " + entry.message().id()
                    + " is dead: " + entry.lastError().orElse("")));
            for (OutboxEntry letter : store.deadLetters()) {
                if (letter.lastError().orElse("").contains(INTERRUPTED)) {
                    held.add(firstLine(letter.message().text()));
                } else {
                    problems.add("reply " + letter.message().id() + " is dead for another reason: " + letter.lastError());
                }
            }
            Optional.ofNullable(store.stats().byIntegration().get("telegram")).map(OutboxStats.Counts::pending)
                    .filter(pending -> pending > 0).ifPresent(pending -> problems.add(pending + " replies are pending"));
            Map<String, Integer> answered = new HashMap<>();
            for (long chat : new TreeSet<>(fed.stream().map(MessageFeeder.Fed::chatId).toList())) {
                for (Turn turn : store.recent(new ConversationRef("telegram", Long.toString(chat)), 100_000)) {
                    if (turn.role() == Role.USER) {
                        answered.merge(turn.text(), 1, Integer::sum);
                    }
                }
            }
            for (MessageFeeder.Fed message : fed) {
                String reply = "You said: " + message.text();
                int times = answered.getOrDefault(message.text(), 0);
                int delivered = replies.getOrDefault(reply, 0);
                if (times != 1) {
                    problems.add("update " + message.updateId() + " ('" + message.text() + "') was answered " + times
                            + " times, expected once");
                }
                if (delivered > 1) {
                    problems.add("the reply to '" + message.text() + "' reached Telegram " + delivered + " times");
                }
                if (delivered == 0 && !held.contains(reply)) {
                    problems.add("the reply to '" + message.text() + "' neither reached Telegram nor is held");
                }
            }
        }
        long heldButArrived = held.stream().filter(replies::containsKey).count();
        return new Outcome(held.size(), (int) heldButArrived, problems.subList(0, Math.min(problems.size(), 20)));
    }

    /** Waits until every fed message is received, answered and its reply delivered or held. */
    private static void awaitDrained(Path data, FakeTelegram telegram, int messages, RunProcess run)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            while (System.nanoTime() < deadline) {
                OutboxStats.Counts counts = store.stats().byIntegration().get("telegram");
                long unprocessed = store.unprocessedCount();
                last = counts + ", " + unprocessed + " unprocessed, " + telegram.pendingUpdateCount() + " at the fake";
                if (counts != null && counts.pending() == 0 && counts.delivered() + counts.dead() == messages
                        && unprocessed == 0 && telegram.pendingUpdateCount() == 0) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("pincer run did not work off the " + messages + " messages within " + PATIENCE
                + "; last seen: " + last + "\n" + run.tail());
    }

    private static Path log(String name) throws IOException {
        Path log = LOGS.resolve(name);
        Files.deleteIfExists(log);
        return log;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
