package dev.pincer.conformance.fake.slack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A faithful fake of Slack on 127.0.0.1, for conformance checks: the Web API and the Events API sender.
 *
 * <p>The Web API serves {@code POST /api/auth.test} and {@code /api/chat.postMessage} like slack.com: bearer token
 * (or {@code token} form parameter) checked with {@code not_authed}/{@code invalid_auth}, form or JSON bodies,
 * errors as HTTP 200 {@code {"ok":false,"error":…}}, {@code unknown_method} for other methods, text truncated
 * after 40,000 units with the {@code message_truncated} warning, and {@link SlackFault}s for scripted failures.
 * {@link #events()} sends signed event callbacks to a channel's endpoint. Requests are recorded with the
 * supplied virtual clock. Thread-safe.
 */
public final class FakeSlack implements AutoCloseable {
    /** The bot's user id, as {@code auth.test} answers it. */
    public static final String BOT_USER_ID = WebApi.BOT_USER_ID;
    /** The bot's bot id, as {@code auth.test} answers it and as the bot's own message events carry. */
    public static final String BOT_ID = WebApi.BOT_ID;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final SlackFaults faults = new SlackFaults();
    private final SlackCallLog log = new SlackCallLog();
    private final WebApi api = new WebApi();
    private final Object closedSignal = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SlackEvents events;

    private FakeSlack(String token, String signingSecret, Supplier<Instant> clock) throws IOException {
        this.events = new SlackEvents(signingSecret, clock);
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        server.createContext("/", new WebApiHandler(token, clock, faults, log, api, closedSignal));
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a fake on 127.0.0.1 with a free port.
     *
     * @param botToken the one token the Web API accepts, {@code xoxb-…}
     * @param signingSecret the secret the Events sender signs with
     * @param clock the virtual time stamped on records, message ids and request timestamps
     * @throws IllegalArgumentException if the token is not a bot token
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeSlack start(String botToken, String signingSecret, Supplier<Instant> clock) {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(clock, "clock");
        if (!botToken.startsWith("xoxb-")) {
            throw new IllegalArgumentException("a Slack bot token starts with xoxb-; got a value of "
                    + botToken.length() + " characters that does not");
        }
        try {
            return new FakeSlack(botToken, signingSecret, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the fake Slack server on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://slack.com}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Slack's side of the Events API, signing with the secret given at start. */
    public SlackEvents events() {
        return events;
    }

    /** Queues {@code fault} for the next call of {@code method} ({@code "*"} = any method). */
    public void failNext(String method, SlackFault fault) {
        faults.failNext(method, fault);
    }

    /** Answers every call of {@code method} with {@code fault} (after queued ones) until {@link #clearFaults()}. */
    public void failAlways(String method, SlackFault fault) {
        faults.failAlways(method, fault);
    }

    /** Removes all queued and standing faults. */
    public void clearFaults() {
        faults.clear();
    }

    /** Every Web API request in arrival order; ones still being answered have status 0. */
    public List<SlackCall> calls() {
        return log.snapshot();
    }

    /** The requests for {@code method}, such as {@code "chat.postMessage"}, in arrival order. */
    public List<SlackCall> calls(String method) {
        return log.snapshot(Objects.requireNonNull(method, "method"));
    }

    /** Every message {@code chat.postMessage} accepted, in order. */
    public List<PostedMessage> postedMessages() {
        return api.posted();
    }

    /** Stops the server; requests held by a {@link SlackFault.Slow} are released first. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (closedSignal) {
            closedSignal.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
