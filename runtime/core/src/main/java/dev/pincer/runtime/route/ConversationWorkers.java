package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.InboxEntry;
import dev.pincer.runtime.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * At most one virtual thread per conversation, answering its unprocessed messages oldest first; conversations
 * run in parallel. A worker ends when its conversation has no more work and is started again by {@link #wake}.
 */
final class ConversationWorkers {
    private final Store store;
    private final Answering answering;
    private final RouterLimits limits;
    private final Problems problems;
    /** The conversations with a worker, each with whether it was woken since it last looked at the inbox. */
    private final Map<ConversationRef, Boolean> running = new HashMap<>();
    private final Set<Thread> threads = new HashSet<>();
    private boolean closed;

    ConversationWorkers(Store store, Answering answering, RouterLimits limits, Problems problems) {
        this.store = store;
        this.answering = answering;
        this.limits = limits;
        this.problems = problems;
    }

    /** Makes sure the conversation's worker looks at its inbox again; starts one if none runs. */
    synchronized void wake(ConversationRef conversation) {
        if (closed) {
            return;
        }
        if (running.containsKey(conversation)) {
            running.put(conversation, true);
            return;
        }
        running.put(conversation, false);
        Thread worker = Thread.ofVirtual().name("pincer-conversation-" + conversation.integration())
                .unstarted(() -> drain(conversation));
        threads.add(worker);
        worker.start();
    }

    private void drain(ConversationRef conversation) {
        int storeFailures = 0;
        boolean deregistered = false;
        try {
            while (!isClosed()) {
                try {
                    Optional<InboxEntry> next = store.nextUnprocessed(conversation);
                    if (next.isEmpty()) {
                        if (finished(conversation)) {
                            deregistered = true;
                            return;
                        }
                        continue;
                    }
                    Optional<Duration> wait = answering.answer(next.get());
                    storeFailures = 0;
                    if (wait.isPresent()) {
                        Thread.sleep(wait.get());
                    }
                } catch (RuntimeException e) {
                    if (isClosed()) {
                        return;
                    }
                    storeFailures++;
                    problems.report(conversation.integration(), "store", "conversation " + conversation.conversation()
                            + " could not be answered: " + Problems.describe(e) + "; retrying");
                    Thread.sleep(limits.backoff(storeFailures));
                }
            }
        } catch (InterruptedException e) {
            // closing: the message in hand stays unprocessed and is answered after the next start
        } finally {
            synchronized (this) {
                threads.remove(Thread.currentThread());
                if (!deregistered) {
                    running.remove(conversation);
                }
            }
        }
    }

    /** True, and the worker deregistered, unless the conversation was woken since the inbox was read. */
    private synchronized boolean finished(ConversationRef conversation) {
        if (running.get(conversation)) {
            running.put(conversation, false);
            return false;
        }
        running.remove(conversation);
        return true;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Interrupts every worker (an agent call in progress is abandoned) and waits up to {@code grace} for them. */
    void close(Duration grace) throws InterruptedException {
        List<Thread> toStop;
        synchronized (this) {
            closed = true;
            toStop = new ArrayList<>(threads);
        }
        toStop.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : toStop) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                thread.join(Duration.ofNanos(left));
            }
        }
    }
}
