package dev.pincer.conformance.fake.discord;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord Gateway on loopback speaking the documented JSON protocol (v10): Hello, Heartbeat ACK,
 * Identify, Ready, dispatches with sequence numbers, Resume with replay, and scripted trouble.
 *
 * <p>One session at a time. Dispatches made while no connection is live are kept and replayed on
 * Resume, as Discord does. Thread-safe.
 */
public final class FakeGateway extends WebSocketServer implements AutoCloseable {
    public static final long HEARTBEAT_INTERVAL_MS = 41_250;
    static final String RESUME_URL = "wss://gateway.discord.gg";

    /** One connection a client opened: when, its number, and the request path with query. */
    public record Connection(Instant at, int number, String resource) {}

    private final String token;
    private final Supplier<Instant> clock;
    private final Random random = new Random(7);
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<GatewayFrame> frames = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private String sessionId;
    private long intents;
    private int seq;
    private int identifies;
    private WebSocket live;
    private boolean acking = true;
    private int closeOnIdentify;
    private Boolean invalidOnResume;
    private String resumeUrl = RESUME_URL;

    private FakeGateway(String token, Supplier<Instant> clock) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.token = token;
        this.clock = clock;
        setReuseAddr(true);
        setTcpNoDelay(true); // small frames at once: the client's virtual clock jumps after 25 ms of quiet
    }

    /** Starts a gateway that accepts {@code token}, stamping frames with {@code clock}. */
    public static FakeGateway start(String token, Supplier<Instant> clock) {
        FakeGateway gateway = new FakeGateway(Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
        gateway.start();
        try {
            if (!gateway.started.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake gateway", e);
        }
        return gateway;
    }

    /** {@code http://127.0.0.1:<port>}, for the egress's host override (mapped to {@code ws://}). */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + getPort());
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public synchronized void onOpen(WebSocket conn, ClientHandshake handshake) {
        int number = connections.size() + 1;
        conn.setAttachment(number);
        connections.add(new Connection(clock.get(), number, handshake.getResourceDescriptor()));
        conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":" + HEARTBEAT_INTERVAL_MS + "},\"s\":null,\"t\":null}");
    }

    @Override
    public synchronized void onMessage(WebSocket conn, String text) {
        int number = conn.<Integer>getAttachment();
        JsonObject payload;
        int op;
        try {
            payload = Json.parseObject(text);
            op = (int) payload.longValue("op");
        } catch (RuntimeException e) {
            frames.add(new GatewayFrame(clock.get(), number, -1, text, 0));
            conn.close(4002, "Error while decoding payload.");
            return;
        }
        frames.add(new GatewayFrame(clock.get(), number, op, text, 0));
        JsonObject d = payload.get("d").filter(x -> x instanceof JsonObject).map(x -> (JsonObject) x).orElse(Json.object().build());
        switch (op) {
            case GatewayOp.HEARTBEAT -> {
                if (acking) {
                    conn.send("{\"op\":11,\"d\":null}");
                }
            }
            case GatewayOp.IDENTIFY -> identify(conn, d);
            case GatewayOp.RESUME -> resume(conn, d);
            default -> conn.close(4001, "Unknown opcode.");
        }
    }

    private void identify(WebSocket conn, JsonObject d) {
        identifies++;
        if (!token.equals(d.optString("token").orElse(""))) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if (d.optLong("intents").isEmpty()) {
            conn.close(4013, "Invalid intent(s).");
            return;
        }
        if (closeOnIdentify != 0) {
            conn.close(closeOnIdentify, "Closed by the conformance suite.");
            return;
        }
        intents = d.optLong("intents").orElseThrow();
        sessionId = HexFormat.of().formatHex(randomBytes());
        seq = 0;
        events.clear();
        live = conn;
        dispatchLocked("READY", Json.parseObject("{\"v\":10,\"user\":{\"id\":\"1300000000000000001\",\"username\":\"pincer\","
                + "\"discriminator\":\"0\",\"bot\":true},\"guilds\":[],\"session_id\":\"" + sessionId
                + "\",\"resume_gateway_url\":\"" + resumeUrl + "\",\"application\":{\"id\":\"1300000000000000001\",\"flags\":0}}"));
    }

    private void resume(WebSocket conn, JsonObject d) {
        if (!token.equals(d.optString("token").orElse(""))) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if (invalidOnResume != null || sessionId == null || !sessionId.equals(d.optString("session_id").orElse(""))) {
            boolean resumable = invalidOnResume != null && invalidOnResume;
            invalidOnResume = null;
            conn.send("{\"op\":9,\"d\":" + resumable + "}");
            return;
        }
        long from = d.optLong("seq").orElse(0L);
        live = conn;
        for (int s = (int) Math.max(0, from); s < events.size(); s++) {
            conn.send(events.get(s));
        }
        dispatchLocked("RESUMED", Json.object().build());
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Sends a dispatch to the live session, or keeps it for replay when no connection is live; returns its {@code s}. */
    public synchronized int dispatch(String type, JsonObject d) {
        JsonObject shown = d;
        if ((intents & GatewayOp.MESSAGE_CONTENT) == 0 && d.has("content")) {
            java.util.Map<String, Json> members = new java.util.LinkedHashMap<>(d.members());
            members.put("content", Json.of(""));
            shown = Json.object(members);
        }
        return dispatchLocked(type, shown);
    }

    private int dispatchLocked(String type, JsonObject d) {
        seq++;
        String payload = "{\"op\":0,\"s\":" + seq + ",\"t\":\"" + type + "\",\"d\":" + d + "}";
        events.add(payload);
        if (live != null && live.isOpen()) {
            live.send(payload);
        }
        return seq;
    }

    /** Sends {@code text} as is on the live connection (a malformed payload, op 7, a server heartbeat). */
    public synchronized void sendRaw(String text) {
        if (live != null && live.isOpen()) {
            live.send(text);
        }
    }

    /** The {@code resume_gateway_url} Ready announces; a client outside the runtime needs {@code ws://127.0.0.1:<port>}. */
    public synchronized void resumeUrl(String url) {
        this.resumeUrl = Objects.requireNonNull(url, "url");
    }

    /** Stops (or resumes) answering heartbeats with ACKs. */
    public synchronized void ack(boolean answer) {
        this.acking = answer;
    }

    /** Closes the live connection with {@code code}; later dispatches wait for a Resume. */
    public synchronized void closeLive(int code) {
        if (live != null) {
            live.close(code, "Closed by the conformance suite.");
            live = null;
        }
    }

    /** Closes every connection that identifies with a valid token with {@code code} (0: stop doing so). */
    public synchronized void closeOnIdentify(int code) {
        this.closeOnIdentify = code;
    }

    /** Answers the next Resume with Invalid Session, {@code d} = {@code resumable}. */
    public synchronized void invalidateNextResume(boolean resumable) {
        this.invalidOnResume = resumable;
    }

    @Override
    public synchronized void onClose(WebSocket conn, int code, String reason, boolean remote) {
        Integer number = conn.getAttachment();
        if (number != null && (remote || code == 1006)) {
            frames.add(new GatewayFrame(clock.get(), number, -1, "close " + code + " " + reason, code));
        }
        if (conn == live) {
            live = null;
        }
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        conn.close(4002, "Error while decoding payload.");
    }

    @Override
    public void onError(WebSocket conn, Exception error) {
        // a broken connection shows up in onClose
    }

    /** Every frame and client close so far, in order. */
    public synchronized List<GatewayFrame> frames() {
        return List.copyOf(frames);
    }

    /** The frames with opcode {@code op}. */
    public synchronized List<GatewayFrame> frames(int op) {
        return frames.stream().filter(f -> f.op() == op).toList();
    }

    /** Every connection so far, in order. */
    public synchronized List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** How many Identify payloads arrived (the real budget is 1000 a day). */
    public synchronized int identifies() {
        return identifies;
    }

    /** The id of the current session, or null before the first Ready. */
    public synchronized String sessionId() {
        return sessionId;
    }

    @Override
    public void close() {
        try {
            stop(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
