package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.inbound.InboundServer;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.spi.Channel;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A chat channel under test, wired as the runtime wires it, against a platform's fakes.
 *
 * <p>Each {@link #start()} makes a fresh instance in a fresh class loader, wired as {@link IntegrationHarness}
 * says, with a runtime inbound server for its webhooks and an inbox that records what it delivers. Every text
 * the channel emits (log lines, result reasons, exception messages, webhook answers) is kept for the secret
 * invariant. A platform's harness adds its fakes and the helpers its checks need.
 */
public abstract class ChannelHarness extends IntegrationHarness {
    public final RecordingInbox inbox = new RecordingInbox(clock);

    private Channel channel;
    private InboundServer inbound;

    /** A harness whose vault holds {@code secretValues}, bound to hosts as the integration's manifest says. */
    protected ChannelHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        super(integration, specs, seed, secretValues);
    }

    /** The configuration the channel gets; the manifest's defaults unless a platform adds to them. */
    protected Map<String, String> config(Manifest manifest) {
        return manifest.config();
    }

    /** Creates a fresh instance of the channel, as after a process start, and calls its {@code start}. */
    @Override
    public final void start() {
        Manifest manifest = manifest();
        HarnessContext parts = openContext(vault, config(manifest));
        inbound = InboundServer.start(new InetSocketAddress("127.0.0.1", 0), this::keep);
        var context = SimpleChannelContext.builder()
                .name(parts.name())
                .http(parts.http())
                .secrets(parts.secrets())
                .clock(parts.clock())
                .random(parts.random())
                .log(parts.log())
                .state(parts.state())
                .config(parts.config())
                .webhooks(inbound.webhooksFor(manifest.name()))
                .inbox(inbox)
                .build();
        channel = integration().newInstance(Channel.class);
        starting(() -> channel.start(context));
    }

    @Override
    final void stopInstance() {
        channel.stop();
    }

    @Override
    final void closeInstance() {
        inbound.close();
    }

    /** The webhook endpoints the current instance registered. */
    public final List<URI> endpoints() {
        return inbound == null ? List.of() : inbound.endpoints(manifest().name());
    }

    /** The base URI of the current instance's inbound server. */
    protected final URI inboundBase() {
        return inbound.baseUri();
    }

    /** One receive round. */
    public final ReceiveResult receive() throws InterruptedException {
        try {
            ReceiveResult result = channel.receive();
            if (result == null) {
                throw new IllegalStateException("receive() returned null; Channel.receive must return a ReceiveResult");
            }
            switch (result) {
                case ReceiveResult.Continue c -> { }
                case ReceiveResult.RetryAfter r -> keep(r.reason());
                case ReceiveResult.Stop s -> keep(s.reason());
            }
            return result;
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /**
     * Receives as the runtime does, until {@code done} holds, the channel stops, or {@code maxRounds} ran:
     * after a {@link ReceiveResult.RetryAfter} it waits the delay on the virtual clock.
     */
    public final List<ReceiveResult> receiveUntil(BooleanSupplier done, int maxRounds) throws InterruptedException {
        List<ReceiveResult> results = new ArrayList<>();
        for (int round = 0; round < maxRounds && !done.getAsBoolean(); round++) {
            ReceiveResult result = receive();
            results.add(result);
            if (result instanceof ReceiveResult.RetryAfter retry) {
                clock.sleep(retry.delay());
            } else if (result instanceof ReceiveResult.Stop) {
                break;
            }
        }
        return results;
    }

    /** Runs receive rounds on a thread of its own, as the runtime does, until stopped. */
    public final Thread receiveInBackground() {
        Thread thread = Thread.ofPlatform().daemon().name("receive").unstarted(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (receiveUntil(() -> false, 1).stream().anyMatch(r -> r instanceof ReceiveResult.Stop)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the runtime would log and restart; for the stop check, ending is what matters
            }
        });
        thread.start();
        return thread;
    }

    /** Sends one message. */
    public final SendResult send(OutboundMessage message) throws InterruptedException {
        try {
            SendResult result = channel.send(message);
            if (result == null) {
                throw new IllegalStateException("send() returned null; Channel.send must return a SendResult");
            }
            switch (result) {
                case SendResult.Delivered d -> { }
                case SendResult.RetryLater r -> keep(r.reason());
                case SendResult.Failed f -> keep(f.reason());
            }
            return result;
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /**
     * The outcome of starting a fresh instance (restarting the current one) while the platform rejects
     * the credentials: whether {@code start()} threw, or the first {@code receive()} stopped, with a
     * reason {@code reasonOk} accepts.
     */
    public record StartRefusal(boolean reported, String observation) {}

    /** Starts a fresh instance expecting it to refuse to run; see {@link StartRefusal}. */
    public final StartRefusal startExpectingRefusal(java.util.function.Predicate<String> reasonOk) throws InterruptedException {
        try {
            if (running()) {
                restart();
            } else {
                start();
            }
            ReceiveResult first = receive();
            return new StartRefusal(first instanceof ReceiveResult.Stop stop && reasonOk.test(stop.reason()),
                    "start() returned and the first receive() gave " + first);
        } catch (dev.pincer.spi.IntegrationException e) {
            return new StartRefusal(reasonOk.test(String.valueOf(e.getMessage())),
                    "start() threw IntegrationException: " + e.getMessage());
        }
    }
}
