package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.OutboxEntry;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.supervise.SupervisedChannel;
import dev.pincer.spi.Channel;
import dev.pincer.spi.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends due outbox messages: one loop finds them, one virtual thread per message sends it and records the
 * outcome, with at most one message in flight per conversation so that order holds.
 *
 * <p>The loop looks again when woken (a reply was enqueued, a send finished), when the earliest retry-after it
 * knows of comes, and at the latest after {@link RouterLimits#idleRecheck()}.
 */
final class OutboxSender {
    /** How soon the loop looks again while a channel with due messages is still starting. */
    private static final Duration STARTING_RECHECK = Duration.ofMillis(50);

    private final Store store;
    private final GroupCommit commits;
    private final Map<String, Channel> channels;
    private final Clock clock;
    private final RouterLimits limits;
    private final Problems problems;
    private final SendRecorder recorder;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Condition sendsEnded = lock.newCondition();
    // guarded by lock
    private final Set<ConversationRef> inFlight = new HashSet<>();
    private final Set<Thread> sending = new HashSet<>();
    private final PriorityQueue<Instant> retries = new PriorityQueue<>();
    private boolean woken;
    private boolean closed;
    // only the loop's thread
    private int skippedLastRound;
    private final Set<String> reportedNotRunning = ConcurrentHashMap.newKeySet();
    private Thread loop;

    OutboxSender(Store store, GroupCommit commits, Map<String, Channel> channels, Clock clock, RouterLimits limits,
            Problems problems, SendRecorder recorder) {
        this.recorder = recorder;
        this.store = store;
        this.commits = commits;
        this.channels = channels;
        this.clock = clock;
        this.limits = limits;
        this.problems = problems;
    }

    /** Learns the retry times of messages left pending by an earlier run, and starts the loop. */
    void start() {
        Instant now = clock.instant();
        List<OutboxEntry> heads = store.due(now.plus(Duration.ofDays(3650)), Integer.MAX_VALUE);
        lock.lock();
        try {
            heads.stream().map(OutboxEntry::nextAttemptAt).filter(at -> at.isAfter(now)).forEach(retries::add);
            woken = true;
        } finally {
            lock.unlock();
        }
        loop = Thread.ofVirtual().name("pincer-outbox").start(this::run);
    }

    /** Makes the loop look at the outbox again. */
    void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Whether messages for this integration can be sent: it has a channel that started and was not stopped. */
    boolean running(String integration) {
        Channel channel = channels.get(integration);
        return channel != null && (!(channel instanceof SupervisedChannel supervised) || supervised.running());
    }

    /** Whether this integration's channel is still starting: its messages wait without a problem being reported. */
    private boolean starting(String integration) {
        return channels.get(integration) instanceof SupervisedChannel supervised && supervised.starting();
    }

    private void run() {
        try {
            while (awaitWork()) {
                try {
                    dispatch(clock.instant());
                } catch (RuntimeException e) {
                    if (isClosed()) {
                        return;
                    }
                    channels.keySet().forEach(integration -> problems.report(integration, "store",
                            "the outbox could not be read: " + Problems.describe(e)));
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    /** Waits until woken, a retry is due or the idle recheck; false once closed. */
    private boolean awaitWork() throws InterruptedException {
        lock.lock();
        try {
            while (!closed && !woken) {
                Instant now = clock.instant();
                while (!retries.isEmpty() && !retries.peek().isAfter(now)) {
                    retries.poll();
                    woken = true;
                }
                if (woken) {
                    break;
                }
                Duration wait = limits.idleRecheck();
                if (!retries.isEmpty() && Duration.between(now, retries.peek()).compareTo(wait) < 0) {
                    wait = Duration.between(now, retries.peek());
                }
                if (!changed.await(wait.toNanos(), TimeUnit.NANOSECONDS) && wait.equals(limits.idleRecheck())) {
                    woken = true;
                }
            }
            woken = false;
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    private void dispatch(Instant now) {
        List<OutboxEntry> due = store.due(now, limits.dueBatch() + skippedLastRound);
        int skipped = 0;
        boolean awaitingStart = false;
        for (OutboxEntry entry : due) {
            Channel channel = channels.get(entry.integration());
            if (!running(entry.integration())) {
                skipped++;
                if (starting(entry.integration())) {
                    awaitingStart = true;
                } else if (reportedNotRunning.add(entry.integration())) {
                    problems.report(entry.integration(), "send", "integration '" + entry.integration()
                            + "' is not running; its messages stay pending until it runs");
                }
                continue;
            }
            Thread sender = Thread.ofVirtual().name("pincer-send-" + entry.integration())
                    .unstarted(() -> send(entry, channel));
            lock.lock();
            try {
                if (closed) {
                    return;
                }
                if (!inFlight.add(entry.conversation())) {
                    skipped++;
                    continue;
                }
                sending.add(sender);
            } finally {
                lock.unlock();
            }
            sender.start();
        }
        skippedLastRound = skipped;
        if (awaitingStart) {
            lock.lock();
            try {
                retries.add(now.plus(STARTING_RECHECK));
            } finally {
                lock.unlock();
            }
        }
    }

    private void send(OutboxEntry entry, Channel channel) {
        String integration = entry.integration();
        try {
            if (!commits.run(() -> store.markSending(entry.id(), clock.instant()))) {
                return;
            }
            recorder.sending(entry);
            SendResult result;
            try {
                result = channel.send(entry.message());
                if (result == null) {
                    throw new IllegalStateException("send() returned null");
                }
            } catch (InterruptedException e) {
                return; // closing: whether it went out is unknown, so the next start holds it (Store.holdInterruptedSends)
            } catch (RuntimeException e) {
                result = new SendResult.RetryLater(limits.backoff(entry.attempts() + 1),
                        "send threw " + Problems.describe(e));
            }
            Instant now = clock.instant();
            SendResult outcome = result;
            commits.run(() -> {
                store.recordAttempt(entry.id(), outcome, now);
                return null;
            });
            recorder.sent(entry, outcome);
            switch (result) {
                case SendResult.Delivered delivered -> { }
                case SendResult.RetryLater retry -> {
                    problems.report(integration, "send", "message " + entry.message().id() + ", attempt "
                            + (entry.attempts() + 1) + ": " + retry.reason() + "; retry after " + retry.delay());
                    lock.lock();
                    try {
                        retries.add(now.plus(retry.delay()));
                    } finally {
                        lock.unlock();
                    }
                }
                case SendResult.Failed failed -> problems.report(integration, "send", "message "
                        + entry.message().id() + " was given up on: " + failed.reason());
            }
        } catch (RuntimeException e) {
            problems.report(integration, "store", "the outcome of sending message " + entry.message().id()
                    + " could not be recorded: " + Problems.describe(e));
        } finally {
            lock.lock();
            try {
                inFlight.remove(entry.conversation());
                sending.remove(Thread.currentThread());
                woken = true;
                changed.signal();
                sendsEnded.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the loop, lets in-flight sends finish for up to {@code grace}, then interrupts them. */
    void close(Duration grace) throws InterruptedException {
        List<Thread> left;
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            long nanos = grace.toNanos();
            while (!sending.isEmpty() && nanos > 0) {
                nanos = sendsEnded.awaitNanos(nanos);
            }
            left = new ArrayList<>(sending);
        } finally {
            lock.unlock();
        }
        if (loop != null) {
            loop.interrupt();
            loop.join(grace);
        }
        left.forEach(Thread::interrupt);
        for (Thread thread : left) {
            thread.join(grace);
        }
    }
}
