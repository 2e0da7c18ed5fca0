package dev.pincer.runtime.inbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pincer.runtime.supervise.Outcome;
import dev.pincer.runtime.supervise.TimedCall;
import dev.pincer.spi.WebhookHandler;
import dev.pincer.spi.WebhookRequest;
import dev.pincer.spi.WebhookResponse;
import dev.pincer.spi.Webhooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The runtime's one inbound HTTP server: serves the webhooks every integration registers, under
 * {@code /hooks/<integration>/<path>}.
 *
 * <p>Hands each handler the raw body (at most {@link WebhookRequest#MAX_BODY_BYTES}; larger bodies get
 * 413 without reaching it) and answers 503 itself when a handler overruns {@link WebhookRequest#DEADLINE},
 * so platforms with a short acknowledgement deadline are always answered in time. A handler that
 * throws gets 500, and the problem is reported. Thread-safe.
 */
public final class InboundServer implements AutoCloseable {
    private static final Pattern PATH = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, WebhookHandler> handlers = new ConcurrentHashMap<>();
    private final Consumer<String> problems;
    private final URI base;

    private InboundServer(HttpServer server, Consumer<String> problems) {
        this.server = server;
        this.problems = problems;
        InetSocketAddress address = server.getAddress();
        this.base = URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /**
     * Starts a server bound to {@code address} (port 0 picks a free port).
     *
     * @param problems told, in one line each, about handlers that threw or overran; never given a body
     * @throws UncheckedIOException if the address cannot be bound; the message names it
     */
    public static InboundServer start(InetSocketAddress address, Consumer<String> problems) {
        Objects.requireNonNull(address, "address");
        HttpServer server;
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve webhooks on " + address + ": " + e.getMessage()
                    + "; choose a free address for the inbound server", e);
        }
        InboundServer inbound = new InboundServer(server, Objects.requireNonNull(problems, "problems"));
        server.setExecutor(inbound.executor);
        server.createContext("/", inbound::serve);
        server.start();
        return inbound;
    }

    /** Where the server listens, such as {@code http://127.0.0.1:8787}. */
    public URI baseUri() {
        return base;
    }

    /** The webhook registry for one integration, whose endpoints live under {@code /hooks/<integration>/}. */
    public Webhooks webhooksFor(String integration) {
        Objects.requireNonNull(integration, "integration");
        return (path, handler) -> {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(handler, "handler");
            if (!PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("webhook path '" + path + "' is not valid; use lower-case letters, digits,"
                        + " '-' and '_' in segments separated by '/', such as \"events\"");
            }
            String full = "/hooks/" + integration + "/" + path;
            if (handlers.putIfAbsent(full, handler) != null) {
                throw new IllegalArgumentException("integration '" + integration + "' registered webhook '" + path + "' twice");
            }
            return base.resolve(full);
        };
    }

    /**
     * Removes every webhook of {@code integration}, as when it stops; requests to them get 404 until a
     * new instance registers again.
     */
    public void release(String integration) {
        String prefix = "/hooks/" + Objects.requireNonNull(integration, "integration") + "/";
        handlers.keySet().removeIf(path -> path.startsWith(prefix));
    }

    /** The URLs of the webhooks {@code integration} registered so far, sorted. */
    public java.util.List<URI> endpoints(String integration) {
        String prefix = "/hooks/" + integration + "/";
        return handlers.keySet().stream().filter(path -> path.startsWith(prefix)).sorted().map(base::resolve).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            WebhookHandler handler = handlers.get(path);
            if (handler == null) {
                respond(exchange, WebhookResponse.text(404, "no webhook is registered at " + path));
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                respond(exchange, WebhookResponse.text(413, "the body is larger than " + WebhookRequest.MAX_BODY_BYTES + " bytes"));
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            String below = path.substring(path.indexOf('/', "/hooks/".length()) + 1);
            WebhookRequest request = new WebhookRequest(exchange.getRequestMethod(), below, query == null ? "" : query,
                    exchange.getRequestHeaders(), body);
            respond(exchange, answer(path, handler, request));
        }
    }

    private WebhookResponse answer(String path, WebhookHandler handler, WebhookRequest request) {
        Outcome<WebhookResponse> outcome;
        try {
            outcome = TimedCall.run("pincer-webhook" + path.replace('/', '-'), WebhookRequest.DEADLINE, Duration.ofMillis(100),
                    () -> handler.handle(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WebhookResponse.text(503, "the runtime is stopping");
        }
        return switch (outcome) {
            case Outcome.Returned<WebhookResponse> r when r.value() != null -> r.value();
            case Outcome.Returned<WebhookResponse> r -> {
                problems.accept("webhook " + path + " returned no response");
                yield WebhookResponse.text(500, "the integration returned no response");
            }
            case Outcome.Threw<WebhookResponse> t -> {
                problems.accept("webhook " + path + " threw " + t.error().getClass().getName());
                yield WebhookResponse.text(500, "the integration failed to handle the request");
            }
            case Outcome.Overran<WebhookResponse> o -> {
                problems.accept("webhook " + path + " did not answer within " + WebhookRequest.DEADLINE.toMillis() + " ms");
                yield WebhookResponse.text(503, "the integration did not answer in time");
            }
        };
    }

    /** The body, or {@code null} if it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(WebhookRequest.MAX_BODY_BYTES + 1);
        return body.length > WebhookRequest.MAX_BODY_BYTES ? null : body;
    }

    private static void respond(HttpExchange exchange, WebhookResponse response) throws IOException {
        response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving at once; requests in progress are cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "InboundServer[" + base + ", " + handlers.size() + " webhooks]";
    }

}
