package dev.pincer.runtime.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SupervisedChannelTest {
    private static final CallLimits TIGHT = new CallLimits(Duration.ofMillis(300), Duration.ofMillis(300),
            Duration.ofMillis(300), Duration.ofMillis(200), 3);
    private static final OutboundMessage HELLO = OutboundMessage.of("m1", "chat", "hello");

    private final List<Problem> problems = new CopyOnWriteArrayList<>();
    private final AtomicInteger stopActions = new AtomicInteger();

    private SupervisedChannel supervise(Channel channel) {
        return new SupervisedChannel("hostile", channel, TIGHT, problems::add,
                text -> text.replace("s3cr3t", "[secret:TOKEN]"), stopActions::incrementAndGet);
    }

    @Test
    void aSendThatSpinsForeverIsCutOffStoppedAndReported() throws Exception {
        AtomicBoolean spin = new AtomicBoolean(true);
        SupervisedChannel channel = supervise(new Stub() {
            @Override
            public SendResult send(OutboundMessage message) {
                while (spin.get()) {
                    Thread.onSpinWait(); // never checks for interruption
                }
                return new SendResult.Failed("unreachable");
            }
        });
        long start = System.nanoTime();
        SendResult result = channel.send(HELLO);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        spin.set(false);

        assertInstanceOf(SendResult.Failed.class, result);
        assertTrue(((SendResult.Failed) result).reason().startsWith(
                "integration 'hostile' did not return from send() within 0 s, nor within 200 ms after it was interrupted; it was stopped"),
                result::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "the caller was held for " + took);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).stopped());
        assertEquals(1, stopActions.get());
        assertInstanceOf(SendResult.Failed.class, channel.send(HELLO), "a stopped integration is not entered again");
        assertEquals(1, problems.size());
    }

    @Test
    void aReceiveBlockedForeverIsInterruptedAndTheChannelStops() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        SupervisedChannel channel = supervise(new Stub() {
            @Override
            public ReceiveResult receive() {
                try {
                    Thread.sleep(Duration.ofHours(1));
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return new ReceiveResult.Continue();
            }
        });
        ReceiveResult result = channel.receive();
        assertEquals(new ReceiveResult.Stop("integration 'hostile' did not return from receive() within 0 s; it was stopped"), result);
        assertTrue(interrupted.get());
        assertEquals("receive", problems.get(0).call());
    }

    @Test
    void exceptionsBecomeRetriesWithRedactedReasonsUntilTooManyInARow() throws Exception {
        SupervisedChannel channel = supervise(new Stub() {
            @Override
            public ReceiveResult receive() {
                throw new IllegalStateException("token s3cr3t rejected");
            }
        });
        ReceiveResult first = channel.receive();
        assertEquals(new ReceiveResult.RetryAfter(Duration.ofSeconds(2),
                "integration 'hostile' receive() threw java.lang.IllegalStateException: token [secret:TOKEN] rejected"), first);
        channel.receive();
        ReceiveResult third = channel.receive();
        assertInstanceOf(ReceiveResult.Stop.class, third);
        assertTrue(((ReceiveResult.Stop) third).reason().endsWith("(3 times in a row); it was stopped"), third::toString);
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("s3cr3t")), problems::toString);
    }

    @Test
    void nullResultsAreReportedAsFailures() throws Exception {
        SupervisedChannel channel = supervise(new Stub());
        assertEquals(new SendResult.Failed("integration 'hostile' send() returned null"), channel.send(HELLO));
    }

    @Test
    void aStuckIntegrationDoesNotHoldUpAnother() throws Exception {
        SupervisedChannel stuck = supervise(new Stub() {
            @Override
            public SendResult send(OutboundMessage message) throws InterruptedException {
                Thread.sleep(Duration.ofHours(1));
                return null;
            }
        });
        SupervisedChannel healthy = supervise(new Stub() {
            @Override
            public SendResult send(OutboundMessage message) {
                return new SendResult.Delivered(List.of("1"));
            }
        });
        Thread blocked = Thread.ofPlatform().start(() -> {
            try {
                stuck.send(HELLO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        SendResult result = healthy.send(HELLO);
        assertEquals(new SendResult.Delivered(List.of("1")), result);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(250)) < 0);
        blocked.join();
    }

    @Test
    void startFailuresSayWhatWentWrong() {
        SupervisedChannel channel = supervise(new Stub() {
            @Override
            public void start(ChannelContext context) {
                throw new IntegrationException("Telegram rejected the bot token s3cr3t");
            }
        });
        IntegrationException e = assertThrows(IntegrationException.class, () -> channel.start(null));
        assertEquals("integration 'hostile' could not start: Telegram rejected the bot token [secret:TOKEN]",
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"));
        assertFalse(channel.running(), "a channel that could not start is not sent to");
        assertFalse(channel.starting(), "nor waited for");
    }

    @Test
    void itRunsOnlyFromTheReturnOfStartUntilItIsStopped() {
        SupervisedChannel channel = supervise(new Stub());
        assertTrue(channel.starting());
        assertFalse(channel.running(), "not before start returned");
        channel.start(null);
        assertTrue(channel.running());
        assertFalse(channel.starting());
        channel.stop();
        assertFalse(channel.running(), "not once stopped");
        assertFalse(channel.starting());
    }

    /** A channel that does nothing; tests override the call they make hostile. */
    private static class Stub implements Channel {
        @Override
        public void start(ChannelContext context) {}

        @Override
        public ReceiveResult receive() throws InterruptedException {
            return null;
        }

        @Override
        public SendResult send(OutboundMessage message) throws InterruptedException {
            return null;
        }

        @Override
        public void stop() {}
    }
}
