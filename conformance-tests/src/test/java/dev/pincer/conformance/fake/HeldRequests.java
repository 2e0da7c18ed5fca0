package dev.pincer.conformance.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/** The fakes' tests of a request the fake holds without an answer until it closes. */
public final class HeldRequests {
    /** One request that yields its HTTP status. */
    @FunctionalInterface
    public interface Request {
        int status() throws IOException, InterruptedException;
    }

    private HeldRequests() {}

    /**
     * Sends {@code request}, which the fake was scripted to hold; asserts that the fake recorded it unanswered
     * ({@code firstStatus} gives the recorded status, {@code recorded} how many requests arrived), that it is still
     * open, and that closing the fake ends it without an answer.
     */
    public static void assertHeldUntilClosed(Request request, IntSupplier recorded, IntSupplier firstStatus, AutoCloseable fake)
            throws Exception {
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> {
            try {
                return request.status();
            } catch (IOException | InterruptedException e) {
                return -1;
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (recorded.getAsInt() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, firstStatus.getAsInt(), "the request is recorded, unanswered");
        assertFalse(held.isDone());
        fake.close();
        assertEquals(-1, held.get().intValue());
    }
}
