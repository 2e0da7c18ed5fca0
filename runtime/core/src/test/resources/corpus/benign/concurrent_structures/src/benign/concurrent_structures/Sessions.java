package benign.concurrent_structures;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

public final class Sessions {
    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<String> last = new AtomicReference<>("");
    private volatile boolean stopped;

    public long hit(String chat) {
        last.set(chat);
        return counters.computeIfAbsent(chat, key -> new AtomicLong()).incrementAndGet();
    }

    public void stop() {
        lock.lock();
        try {
            stopped = true;
        } finally {
            lock.unlock();
        }
    }

    public boolean waitForStop(CountDownLatch latch) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("stopping");
        }
        latch.countDown();
        return stopped;
    }

    public void restoreInterrupt(InterruptedException e) {
        Thread.currentThread().interrupt();
    }

    public int nextJitter() {
        return ThreadLocalRandom.current().nextInt(100);
    }
}
