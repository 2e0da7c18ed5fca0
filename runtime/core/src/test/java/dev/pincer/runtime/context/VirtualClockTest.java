package dev.pincer.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void sleepAdvancesVirtualTimeWithoutRealWaiting() throws InterruptedException {
        VirtualClock clock = new VirtualClock(START);
        long before = System.nanoTime();

        clock.sleep(Duration.ofHours(1));
        clock.sleep(Duration.ofSeconds(30));

        assertTrue(Duration.ofNanos(System.nanoTime() - before).compareTo(Duration.ofSeconds(1)) < 0);
        assertEquals(START.plus(Duration.ofSeconds(3630)), clock.now());
        assertEquals(List.of(new VirtualClock.Sleep(START, Duration.ofHours(1)),
                new VirtualClock.Sleep(START.plus(Duration.ofHours(1)), Duration.ofSeconds(30))), clock.sleeps());
        assertEquals(Duration.ofSeconds(3630), clock.totalSlept());
    }

    @Test
    void sleepHonoursInterruptionAndLeavesTimeAlone() {
        VirtualClock clock = new VirtualClock(START);
        Thread.currentThread().interrupt();

        assertThrows(InterruptedException.class, () -> clock.sleep(Duration.ofSeconds(5)));

        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt flag is cleared, as Thread.sleep does");
        assertEquals(START, clock.now());
        assertEquals(List.of(), clock.sleeps());
    }

    @Test
    void zeroAndNegativeSleepsAreRecordedButDoNotMoveTime() throws InterruptedException {
        VirtualClock clock = new VirtualClock(START);

        clock.sleep(Duration.ZERO);
        clock.sleep(Duration.ofSeconds(-3));

        assertEquals(START, clock.now());
        assertEquals(2, clock.sleeps().size());
    }

    @Test
    void advanceMovesTimeWithoutRecordingASleepAndNeverGoesBack() {
        VirtualClock clock = new VirtualClock(START);

        clock.advance(Duration.ofMinutes(2));

        assertEquals(START.plus(Duration.ofMinutes(2)), clock.now());
        assertEquals(List.of(), clock.sleeps());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> clock.advance(Duration.ofSeconds(-1)));
        assertEquals("a virtual clock cannot go back; duration was PT-1S", e.getMessage());
    }

    @Test
    void concurrentSleepsAllCount() throws InterruptedException {
        VirtualClock clock = new VirtualClock(START);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 1000; i++) {
                    try {
                        clock.sleep(Duration.ofMillis(1));
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertEquals(START.plus(Duration.ofSeconds(8)), clock.now());
        assertEquals(8000, clock.sleeps().size());
    }

    @Test
    void theSystemClockSleepsForRealAndHonoursInterruption() throws InterruptedException {
        SystemClock clock = new SystemClock();
        long before = System.nanoTime();

        clock.sleep(Duration.ofMillis(50));

        assertTrue(System.nanoTime() - before >= Duration.ofMillis(50).toNanos());
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> clock.sleep(Duration.ofSeconds(10)));
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> clock.sleep(Duration.ZERO));
    }
}
