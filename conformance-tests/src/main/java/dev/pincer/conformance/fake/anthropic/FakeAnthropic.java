package dev.pincer.conformance.fake.anthropic;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A faithful fake of Anthropic's Messages API on 127.0.0.1, for conformance checks.
 *
 * <p>It serves {@code POST /v1/messages} and {@code GET /v1/models/<id>}, checks the key, the
 * {@code anthropic-version} header and the body as the API does (answering the API's error envelope), counts
 * input tokens against an optional context window, and answers valid requests with scripted {@link Answer}s: text,
 * tool use, each stop reason, errors with or without {@code retry-after}, raw bodies, dropped connections and
 * requests that never get an answer. Requests are recorded with the supplied virtual clock. Thread-safe.
 */
public final class FakeAnthropic implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestLog log = new RequestLog();
    private final AnswerPlan plan = new AnswerPlan();
    private final Models models = new Models();
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final MessagesHandler handler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeAnthropic(String apiKey, Supplier<Instant> clock) throws IOException {
        this.handler = new MessagesHandler(apiKey, clock, log, plan, models, closedLatch);
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a fake on 127.0.0.1 with a free port.
     *
     * @param apiKey the one key accepted in {@code x-api-key}
     * @param clock the virtual time stamped on records
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeAnthropic start(String apiKey, Supplier<Instant> clock) {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(clock, "clock");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("the fake needs a non-blank API key, such as sk-ant-api03-...");
        }
        try {
            return new FakeAnthropic(apiKey, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the fake Messages API on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://api.anthropic.com}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next valid requests with {@code answers}, in order, before any standing answer. */
    public void answerNext(Answer... answers) {
        plan.next(List.of(answers));
    }

    /** Answers every valid request with {@code answer} once the queued answers are used up. */
    public void answerAlways(Answer answer) {
        plan.always(answer);
    }

    /** Forgets queued answers and restores the default text answer. */
    public void clearAnswers() {
        plan.clear();
    }

    /** Refuses requests of more than {@code tokens} input tokens with {@code prompt is too long}; 0 for no limit. */
    public void setContextWindow(int tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("a context window is 0 (none) or a positive number of tokens, was " + tokens);
        }
        handler.contextWindow(tokens);
    }

    /** Serves model id {@code alias} (and {@code snapshot}) in addition to the built-in ones. */
    public void addModel(String alias, String snapshot) {
        models.alias(Objects.requireNonNull(alias, "alias"), Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** The input tokens the fake counts for a request body (one per four UTF-8 bytes of text). */
    public static long inputTokens(dev.pincer.spi.json.JsonObject request) {
        return Tokens.input(Objects.requireNonNull(request, "request"));
    }

    /** Every request in arrival order; ones still unanswered have status 0. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** The {@code POST /v1/messages} requests, in arrival order. */
    public List<RecordedRequest> messageRequests() {
        return requests().stream().filter(RecordedRequest::isMessages).toList();
    }

    /** Stops the server; requests held by {@link Answer.Hang} end without an answer. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closedLatch.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
