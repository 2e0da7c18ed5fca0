package example.discord;

import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.WebSocket;
import dev.pincer.spi.WebSocketEvent;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One receive round on the Discord Gateway: connect (identify or resume), or wait for the next
 * payload until a heartbeat is due, send heartbeats, and hand payloads to {@link Dispatches}.
 *
 * <p>Used by the receiving thread only.
 */
final class GatewaySession {
    static final String QUERY = "/?v=10&encoding=json";
    static final String GATEWAY_HOST = "gateway.discord.gg";
    private static final Duration HELLO_WAIT = Duration.ofSeconds(10);

    private final ChannelContext context;
    private final RestApi api;
    private final String token;
    private final StopFlag stopping;
    private final SessionStore store;
    private final Dispatches dispatches;
    private final Backoff backoff;
    private WebSocket socket;
    private Duration interval;
    private Instant nextHeartbeat;
    private boolean acked;
    private Long lastSeq;

    GatewaySession(ChannelContext context, RestApi api, String tokenPlaceholder, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.token = tokenPlaceholder;
        this.stopping = stopping;
        this.store = new SessionStore(context.state());
        this.backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), context.random());
        this.dispatches = new Dispatches(context, store, backoff);
    }

    ReceiveResult round() throws InterruptedException {
        stopping.check();
        Optional<ReceiveResult> held = dispatches.deliverPending();
        if (held.isPresent()) {
            return held.get();
        }
        if (socket == null) {
            return connect();
        }
        Duration untilBeat = Duration.between(context.clock().now(), nextHeartbeat);
        if (untilBeat.isNegative() || untilBeat.isZero()) {
            return heartbeat();
        }
        Optional<WebSocketEvent> event = socket.receive(untilBeat);
        if (event.isEmpty()) {
            return new ReceiveResult.Continue();
        }
        return switch (event.get()) {
            case WebSocketEvent.Closed closed -> closed(closed);
            case WebSocketEvent.Text text -> payload(text.text());
        };
    }

    private ReceiveResult connect() throws InterruptedException {
        Optional<SessionStore.Session> session = store.load();
        String url;
        if (session.isPresent()) {
            URI resume = URI.create(session.get().resumeUrl().isEmpty() ? "wss://" + GATEWAY_HOST : session.get().resumeUrl());
            // Only hosts in the manifest can be reached; for a regional resume host, resume on the main gateway.
            url = GATEWAY_HOST.equals(resume.getHost()) ? resume.toString() : "wss://" + GATEWAY_HOST;
        } else {
            RestResult result = api.get("/gateway/bot");
            switch (result) {
                case RestResult.Ok ok when ok.body().optString("url").isPresent() -> url = ok.body().string("url");
                case RestResult.Error error when error.status() == 401 -> {
                    return new ReceiveResult.Stop("Discord rejected the bot token (" + error.describe()
                            + "); set a valid one with: pincer secret set " + DiscordChannel.TOKEN_SECRET);
                }
                case RestResult.Error error -> {
                    return failed("GET /gateway/bot failed: " + error.describe());
                }
                case RestResult.Ok ok -> {
                    return failed("GET /gateway/bot returned no url");
                }
                case RestResult.Malformed malformed -> {
                    return failed("GET /gateway/bot answered " + malformed.status() + " with " + malformed.problem());
                }
                case RestResult.NoResponse none -> {
                    return failed("GET /gateway/bot failed: " + none.describe());
                }
            }
        }
        try {
            socket = context.http().openWebSocket(URI.create(stripSlash(url) + QUERY), Map.of());
        } catch (EgressException e) {
            return failed("cannot open the gateway: " + e.getMessage());
        }
        Optional<WebSocketEvent> hello = socket.receive(HELLO_WAIT);
        Optional<JsonObject> helloData = hello.filter(h -> h instanceof WebSocketEvent.Text)
                .flatMap(h -> parse(((WebSocketEvent.Text) h).text()))
                .filter(p -> p.optLong("op").orElse(-1L) == 10)
                .flatMap(p -> p.optObject("d"));
        if (helloData.isEmpty() || helloData.get().optLong("heartbeat_interval").isEmpty()) {
            drop(4000, "no Hello");
            return failed("the gateway sent no Hello");
        }
        interval = Duration.ofMillis(helloData.get().longValue("heartbeat_interval"));
        acked = true;
        dispatches.reset();
        long jitterMillis = (long) (interval.toMillis() * context.random().nextDouble());
        nextHeartbeat = context.clock().now().plusMillis(jitterMillis);
        if (session.isPresent()) {
            lastSeq = session.get().seq();
            send(Json.object().put("op", 6).put("d", Json.object().put("token", token)
                    .put("session_id", session.get().id()).put("seq", session.get().seq()).build()).build());
        } else {
            lastSeq = null;
            send(Identify.payload(token));
        }
        return new ReceiveResult.Continue();
    }

    private ReceiveResult heartbeat() throws InterruptedException {
        if (!acked) {
            drop(4000, "no heartbeat ACK");
            return failed("the gateway did not acknowledge the last heartbeat (zombied connection); resuming");
        }
        sendHeartbeat();
        acked = false;
        nextHeartbeat = context.clock().now().plus(interval);
        return new ReceiveResult.Continue();
    }

    private void sendHeartbeat() throws InterruptedException {
        send(Json.object().put("op", 1).put("d", lastSeq == null ? Json.parse("null") : Json.of(lastSeq)).build());
    }

    private ReceiveResult payload(String text) throws InterruptedException {
        Optional<JsonObject> parsed = parse(text);
        if (parsed.isEmpty() || parsed.get().optLong("op").isEmpty()) {
            context.log().warn("skipped a gateway payload that is not a JSON object with an op");
            return new ReceiveResult.Continue();
        }
        JsonObject p = parsed.get();
        switch ((int) p.longValue("op")) {
            case 0 -> {
                p.optLong("s").ifPresent(s -> lastSeq = s);
                return dispatches.handle(p);
            }
            case 1 -> sendHeartbeat();
            case 7 -> drop(4000, "reconnect requested");
            case 9 -> {
                boolean resumable = p.optBool("d").orElse(false);
                drop(resumable ? 4000 : 1000, "invalid session");
                if (!resumable) {
                    store.forget();
                    context.clock().sleep(Duration.ofMillis(1000 + context.random().nextLong(4001)));
                }
            }
            case 11 -> acked = true;
            default -> { }
        }
        return new ReceiveResult.Continue();
    }

    private ReceiveResult closed(WebSocketEvent.Closed closed) {
        socket = null;
        Optional<String> fatal = CloseCodes.fatal(closed.code());
        if (fatal.isPresent()) {
            return new ReceiveResult.Stop("Discord closed the gateway with " + closed.code() + " (" + closed.reason() + "): "
                    + fatal.get());
        }
        return failed("the gateway closed with " + closed.code() + " " + closed.reason());
    }

    private ReceiveResult failed(String reason) {
        return new ReceiveResult.RetryAfter(backoff.next(), reason);
    }

    private void send(JsonObject payload) throws InterruptedException {
        try {
            socket.sendText(payload.toString());
        } catch (EgressException e) {
            context.log().warn("sending on the gateway failed: " + e.getMessage());
        }
    }

    private void drop(int code, String reason) {
        if (socket != null) {
            socket.close(code, reason);
            socket = null;
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Optional<JsonObject> parse(String text) {
        try {
            return Optional.of(Json.parseObject(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
