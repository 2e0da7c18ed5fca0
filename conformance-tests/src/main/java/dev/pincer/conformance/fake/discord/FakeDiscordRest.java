package dev.pincer.conformance.fake.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * Discord's REST API v10 on loopback: {@code /gateway/bot}, {@code /users/@me} and Create Message, with
 * Discord's rate-limit headers, error bodies and nonce deduplication, and scripted faults.
 *
 * <p>Routes for faults: {@code "gateway"}, {@code "me"}, {@code "messages"}. Thread-safe.
 */
public final class FakeDiscordRest implements AutoCloseable {
    static final String API = "/api/v10";

    private final HttpServer server;
    private final String token;
    private final Supplier<Instant> clock;
    private final MessageStore store;
    private final List<RestRequest> requests = new ArrayList<>();
    private final Map<String, Queue<RestFault>> nextFaults = new HashMap<>();
    private final Map<String, RestFault> alwaysFaults = new HashMap<>();
    private volatile String gatewayUrl = "wss://gateway.discord.gg";

    private FakeDiscordRest(String token, Supplier<Instant> clock) throws IOException {
        this.token = token;
        this.clock = clock;
        this.store = new MessageStore(clock);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-discord-rest");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Starts the fake REST API accepting {@code token}, stamping requests with {@code clock}. */
    public static FakeDiscordRest start(String token, Supplier<Instant> clock) {
        try {
            return new FakeDiscordRest(Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Discord REST API on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, for the egress's host override. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next request on {@code route} with {@code fault}; several calls queue in order. */
    public synchronized void failNext(String route, RestFault fault) {
        nextFaults.computeIfAbsent(route, r -> new ArrayDeque<>()).add(Objects.requireNonNull(fault, "fault"));
    }

    /** Answers every request on {@code route} with {@code fault}; null to stop. */
    public synchronized void failAlways(String route, RestFault fault) {
        if (fault == null) {
            alwaysFaults.remove(route);
        } else {
            alwaysFaults.put(route, fault);
        }
    }

    /** The {@code url} that {@code /gateway} and {@code /gateway/bot} return; a client outside the runtime needs {@code ws://127.0.0.1:<port>}. */
    public void gatewayUrl(String url) {
        this.gatewayUrl = Objects.requireNonNull(url, "url");
    }

    /** The next successful Create Message says {@code X-RateLimit-Remaining: 0}, resetting after {@code seconds}. */
    public void exhaustBucketOnce(double seconds) {
        store.exhaustOnce(seconds);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String auth = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
            String route = route(exchange.getRequestMethod(), path);
            RestFault fault = fault(route);
            RestAnswer answer;
            if (!("Bot " + token).equals(auth) && !"gateway-open".equals(route)) {
                answer = RestAnswer.json(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
            } else if (fault instanceof RestFault.Answer a) {
                answer = new RestAnswer(a.status(), a.body(), a.headers());
            } else if (fault instanceof RestFault.Drop) {
                answer = null;
            } else {
                answer = switch (route) {
                    case "gateway-open" -> RestAnswer.json(200, "{\"url\":\"" + gatewayUrl + "\"}");
                    case "gateway" -> RestAnswer.json(200, "{\"url\":\"" + gatewayUrl + "\",\"shards\":1,"
                            + "\"session_start_limit\":{\"total\":1000,\"remaining\":999,\"reset_after\":14400000,\"max_concurrency\":1}}");
                    case "me" -> RestAnswer.json(200, "{\"id\":\"1300000000000000001\",\"username\":\"pincer\","
                            + "\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null,\"bot\":true,\"flags\":0}");
                    case "messages" -> store.create(path.split("/")[4], body);
                    default -> RestAnswer.json(404, "{\"message\":\"404: Not Found\",\"code\":0}");
                };
                if (fault instanceof RestFault.CreateThenDrop) {
                    answer = null;
                }
            }
            synchronized (this) {
                requests.add(new RestRequest(clock.get(), exchange.getRequestMethod(), path, auth, body,
                        answer == null ? -1 : answer.status()));
            }
            if (answer == null) {
                return; // closing without response headers drops the connection
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String route(String method, String path) {
        if (("GET".equals(method)) && (API + "/gateway/bot").equals(path)) {
            return "gateway";
        }
        if ("GET".equals(method) && (API + "/gateway").equals(path)) {
            return "gateway-open";
        }
        if ("GET".equals(method) && (API + "/users/@me").equals(path)) {
            return "me";
        }
        String[] segments = path.split("/");
        if ("POST".equals(method) && segments.length == 6 && path.startsWith(API + "/channels/")
                && "messages".equals(segments[5]) && segments[4].matches("[0-9]{1,20}")) {
            return "messages";
        }
        return "unknown";
    }

    private synchronized RestFault fault(String route) {
        Queue<RestFault> queue = nextFaults.get(route);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        return alwaysFaults.get(route);
    }

    /** Every request so far, in order of arrival. */
    public synchronized List<RestRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests on {@code route} ({@code "gateway"}, {@code "me"}, {@code "messages"}). */
    public synchronized List<RestRequest> requests(String route) {
        return requests.stream().filter(r -> route.equals(route(r.method(), r.path()))).toList();
    }

    /** Every message created, in order. */
    public List<CreatedMessage> messages() {
        return store.messages();
    }

    /** The messages created in {@code channelId}, in order. */
    public List<CreatedMessage> messages(String channelId) {
        return store.messages().stream().filter(m -> m.channelId().equals(channelId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
