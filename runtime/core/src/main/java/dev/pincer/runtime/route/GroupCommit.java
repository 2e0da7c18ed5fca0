package dev.pincer.runtime.route;

import dev.pincer.runtime.store.Store;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs small write transactions of many threads as few commits: each synced commit costs a disk flush, so under
 * load the writes queued meanwhile share one.
 *
 * <p>Every piece of work keeps its own all-or-nothing: it runs in a savepoint of the shared transaction, and if it
 * throws only its changes are undone and only its caller gets the exception. A caller returns only after the
 * shared transaction committed; if the commit fails, every caller in it gets that failure. A caller with nobody
 * ahead commits its own work at once (leader/follower, no hand-off to another thread).
 */
final class GroupCommit {

    /** One caller's work and, once committed, its outcome. */
    private static final class Job {
        final Supplier<?> work;
        Object value;
        Throwable error;
        boolean done;

        Job(Supplier<?> work) {
            this.work = work;
        }
    }

    private final Store store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private final Queue<Job> queue = new ArrayDeque<>();
    private boolean committing;

    GroupCommit(Store store) {
        this.store = store;
    }

    /**
     * Runs {@code work} (store calls only, no waiting) in a durable transaction, and returns what it returned.
     *
     * @throws RuntimeException what {@code work} threw (its changes undone), or why the commit failed
     */
    @SuppressWarnings("unchecked")
    <T> T run(Supplier<T> work) {
        Job job = new Job(work);
        lock.lock();
        try {
            queue.add(job);
            while (!job.done) {
                if (!committing) {
                    committing = true;
                    lock.unlock();
                    try {
                        commitQueued();
                    } finally {
                        lock.lock();
                        committing = false;
                        finished.signalAll();
                    }
                } else {
                    finished.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
        if (job.error instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (job.error instanceof Error error) {
            throw error;
        }
        return (T) job.value;
    }

    /** Takes everything queued and commits it as one transaction, each job in a savepoint of its own. */
    private void commitQueued() {
        List<Job> batch;
        lock.lock();
        try {
            batch = new ArrayList<>(queue);
            queue.clear();
        } finally {
            lock.unlock();
        }
        if (batch.isEmpty()) {
            return;
        }
        Throwable failure = null;
        try {
            store.atomically(() -> batch.forEach(this::runInSavepoint));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        lock.lock();
        try {
            for (Job job : batch) {
                if (failure != null) {
                    job.value = null;
                    job.error = failure;
                }
                job.done = true;
            }
        } finally {
            lock.unlock();
        }
    }

    private void runInSavepoint(Job job) {
        try {
            store.atomically(() -> job.value = job.work.get());
        } catch (RuntimeException e) {
            job.error = e;
        }
    }
}
