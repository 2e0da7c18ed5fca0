package dev.pincer.conformance.fake.openai;

import com.sun.net.httpserver.HttpServer;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A faithful fake of OpenAI's Chat Completions endpoint on 127.0.0.1, for conformance checks.
 *
 * <p>It serves {@code POST /v1/chat/completions} only, checks {@code Authorization: Bearer <key>} (or nothing,
 * like a local server started without a key), refuses bodies OpenAI refuses with OpenAI's 400 messages, then
 * answers the next scripted {@link Answer}: completions, rate limits, overload, errors of OpenAI, llama.cpp and
 * vLLM, malformed bodies, dropped connections and requests that never end. Unscripted requests get a short text
 * completion. Every request is recorded with the virtual time it arrived. All methods are thread-safe.
 */
public final class FakeOpenAi implements AutoCloseable {
    /** The one path the fake serves. */
    public static final String CHAT_PATH = "/v1/chat/completions";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<Answer> scripted = new ArrayDeque<>();
    private final RequestLog log = new RequestLog();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private Answer always;

    private FakeOpenAi(Optional<String> validKey, Supplier<Instant> clock) throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext("/", new ChatHandler(validKey, clock, this::next, log, closing));
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a fake on a free port of 127.0.0.1.
     *
     * @param validKey the one API key accepted, or empty to accept any or none, as a local server does
     * @param clock the virtual time stamped on records and completions
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeOpenAi start(Optional<String> validKey, Supplier<Instant> clock) {
        Objects.requireNonNull(validKey, "validKey");
        Objects.requireNonNull(clock, "clock");
        try {
            return new FakeOpenAi(validKey, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the fake OpenAI server on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://api.openai.com}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues answers for the next valid chat completion requests, in order. */
    public synchronized void answerNext(Answer... answers) {
        for (Answer answer : answers) {
            scripted.addLast(Objects.requireNonNull(answer, "answer"));
        }
    }

    /** Answers every valid request with {@code answer} once the queued answers are used up. */
    public synchronized void answerAlways(Answer answer) {
        this.always = Objects.requireNonNull(answer, "answer");
    }

    /** Every request in arrival order; one still unanswered has status 0. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** The {@code POST /v1/chat/completions} requests, in arrival order. */
    public List<RecordedRequest> completionRequests() {
        return log.snapshot().stream().filter(RecordedRequest::chatCompletion).toList();
    }

    /** Stops the server; held requests end without an answer. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private synchronized Answer next(JsonObject request) {
        if (!scripted.isEmpty()) {
            return scripted.removeFirst();
        }
        if (always != null) {
            return always;
        }
        return Answers.text("This is the fake OpenAI server's answer.", 12, 9);
    }
}
