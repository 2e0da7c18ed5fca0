package dev.pincer.runtime.run;

import dev.pincer.runtime.supervise.SupervisedChannel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.ReceiveResult;
import java.time.Duration;
import java.util.function.BiConsumer;

/** Starts one supervised channel and calls {@code receive} on its own thread until the channel or the run stops. */
final class ChannelPump {
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final String name;
    private final SupervisedChannel channel;
    private final BiConsumer<String, String> stateChanges;
    private volatile Thread thread;
    private volatile boolean stopping;

    /**
     * @param stateChanges receives (integration, state) as the channel becomes running or stopped with a reason
     */
    ChannelPump(String name, SupervisedChannel channel, BiConsumer<String, String> stateChanges) {
        this.name = name;
        this.channel = channel;
        this.stateChanges = stateChanges;
    }

    /** Starts the channel and its receive loop; a channel that cannot start is reported, not thrown. */
    void start(ChannelContext context) {
        thread = Thread.ofPlatform().name("pincer-receive-" + name).daemon().start(() -> {
            try {
                channel.start(context);
            } catch (IntegrationException e) {
                stateChanges.accept(name, "stopped: " + e.getMessage());
                return;
            }
            stateChanges.accept(name, "running");
            loop();
        });
    }

    private void loop() {
        try {
            while (!stopping) {
                ReceiveResult result = channel.receive();
                switch (result) {
                    case ReceiveResult.Continue c -> { }
                    case ReceiveResult.RetryAfter wait -> Thread.sleep(min(wait.delay()));
                    case ReceiveResult.Stop stop -> {
                        stateChanges.accept(name, "stopped: " + stop.reason());
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stateChanges.accept(name, "stopped: pincer is shutting down");
    }

    private static Duration min(Duration delay) {
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    /** Stops the channel and waits for its loop to end. */
    void stop(Duration grace) throws InterruptedException {
        stopping = true;
        channel.stop();
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            running.join(grace);
        }
    }
}
