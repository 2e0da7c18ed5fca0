package dev.pincer.cli;

import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.conformance.fake.telegram.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** Where in its work the crash test kills {@code pincer run}, told apart by what the fake Telegram sees. */
enum CrashMoment {
    /** Shortly after the ready line, while it works off what the last run left. */
    RECOVERING,
    /** While it hands a batch of updates from getUpdates to the inbox, one durable write each. */
    RECEIVING,
    /** Once a few batches of updates were received, while the agent answers them and replies go out. */
    ANSWERING,
    /** Right after a reply reached Telegram, once a few dozen went out, with other sends in flight. */
    SENDING;

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * Feeds a burst if this moment needs fresh work, waits for the moment, and says what it saw.
     *
     * @return a description of the moment, for the test's figures
     */
    String await(FakeTelegram telegram, MessageFeeder feeder, int burst, Random random) throws InterruptedException {
        long began = System.nanoTime();
        int sentBefore = telegram.sentMessages().size();
        int pollsBefore = telegram.requests("getUpdates").size();
        long lastOfBurst = feeder.burst(burst);
        boolean seen = switch (this) {
            case RECOVERING -> {
                Thread.sleep(random.nextInt(300));
                yield true;
            }
            case RECEIVING -> {
                boolean batch = waitFor(() -> answeredWithUpdates(telegram.requests("getUpdates"), pollsBefore));
                Thread.sleep(random.nextInt(150));
                yield batch;
            }
            case ANSWERING -> {
                long confirmedBefore = Math.max(telegram.confirmedOffset(), feeder.fed().getFirst().updateId());
                int batches = 1 + random.nextInt(3);
                boolean received = waitFor(() -> telegram.confirmedOffset() >= Math.min(lastOfBurst + 1,
                        confirmedBefore + 100L * batches));
                Thread.sleep(random.nextInt(100));
                yield received;
            }
            case SENDING -> {
                int target = sentBefore + 20 + random.nextInt(200);
                yield waitFor(() -> telegram.sentMessages().size() >= target);
            }
        };
        return String.format("%-10s %5d ms after ready, %4d updates not yet confirmed, %4d replies sent so far%s",
                name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - began) / 1_000_000,
                telegram.pendingUpdateCount(), telegram.sentMessages().size(),
                seen ? "" : " (the moment was not seen within " + PATIENCE.toSeconds() + " s)");
    }

    /** Whether a getUpdates after the first {@code before} ones was answered with at least one update. */
    private static boolean answeredWithUpdates(List<RecordedRequest> polls, int before) {
        for (RecordedRequest poll : polls.subList(Math.min(before, polls.size()), polls.size())) {
            if (poll.status() == 200 && poll.responseBody().contains("\"update_id\"")) {
                return true;
            }
        }
        return false;
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }
}
