package dev.pincer.runtime.localchat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pincer.runtime.localchat.Access.Refusal;
import dev.pincer.spi.Log;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The local chat's HTTP routes: {@code GET /} (the page), {@code GET /api/info}, {@code POST /api/messages} and
 * the long poll {@code GET /api/messages?after=N}. Every request passes the Host check; API calls need the token;
 * writes need the same origin and a JSON body. Thread-safe.
 */
final class ChatApi implements HttpHandler {

    /** The longest message the owner may send, in characters (code points). */
    static final int MAX_TEXT = 4096;

    /** How long a poll waits for a new entry before it answers with none. */
    static final Duration LONG_POLL = Duration.ofSeconds(25);

    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final Access access;
    private final LocalConversation conversation;
    private final Transcript transcript;
    private final Supplier<JsonObject.Builder> info;
    private final String page;
    private final Log log;

    ChatApi(Access access, LocalConversation conversation, Transcript transcript, Supplier<JsonObject.Builder> info,
            String page, Log log) {
        this.access = access;
        this.conversation = conversation;
        this.transcript = transcript;
        this.info = info;
        this.page = page;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                Optional<Refusal> refusal = access.checkHost(exchange.getRequestHeaders());
                if (refusal.isPresent()) {
                    Responses.error(exchange, refusal.get().status(), refusal.get().reason());
                    return;
                }
                route(exchange);
            } catch (RuntimeException e) {
                log.error("local chat: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + " failed: " + e);
                Responses.error(exchange, 500, "the local chat failed to handle this request; see the runtime's log");
            }
        } catch (IOException e) {
            // the client went away, or the server is stopping: there is no one left to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        switch (exchange.getRequestURI().getRawPath()) {
            case "/" -> {
                if (allowed(exchange, "GET")) {
                    String nonce = Access.newToken();
                    Responses.page(exchange, page.replace("{{nonce}}", nonce), nonce);
                }
            }
            case "/api/info" -> {
                if (allowed(exchange, "GET") && authorized(exchange)) {
                    Responses.json(exchange, 200, info.get().put("latest", transcript.latest()).build());
                }
            }
            case "/api/messages" -> {
                if (allowed(exchange, "GET", "POST") && authorized(exchange)) {
                    if (method.equals("POST")) {
                        post(exchange);
                    } else {
                        poll(exchange);
                    }
                }
            }
            default -> Responses.error(exchange, 404, "nothing here; the local chat serves /, /api/info and /api/messages");
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        Optional<Refusal> refusal = access.checkWrite(exchange.getRequestHeaders());
        if (refusal.isPresent()) {
            Responses.error(exchange, refusal.get().status(), refusal.get().reason());
            return;
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            Responses.error(exchange, 413, "the body is larger than " + MAX_BODY_BYTES + " bytes; send at most "
                    + MAX_TEXT + " characters of text");
            return;
        }
        String text;
        try {
            text = textOf(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JsonException e) {
            Responses.error(exchange, 400, e.getMessage());
            return;
        }
        switch (conversation.post(text)) {
            case LocalConversation.Posted.Accepted accepted ->
                    Responses.json(exchange, 202, Json.object().put("id", accepted.id()).put("seq", accepted.seq()).build());
            case LocalConversation.Posted.Unavailable unavailable -> Responses.error(exchange, 503,
                    "Pincer cannot take the message now: " + unavailable.reason() + "; send it again in a moment");
        }
    }

    /** The text of a {@code {"text": "…"}} body; throws with a message for the owner if it is not one. */
    static String textOf(String body) {
        JsonObject json;
        try {
            json = Json.parseObject(body);
        } catch (JsonException e) {
            throw new IllegalArgumentException("the body must be a JSON object such as {\"text\": \"hello\"}: "
                    + e.getMessage(), e);
        }
        if (!(json.get("text").orElse(null) instanceof JsonString(String text))) {
            throw new IllegalArgumentException("the body must have a string member \"text\", such as"
                    + " {\"text\": \"hello\"}; members present: " + json.members().keySet());
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank; write something to send");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            throw new IllegalArgumentException("text is " + length + " characters long, but a local chat message may"
                    + " have at most " + MAX_TEXT + "; split it into several messages");
        }
        return text;
    }

    private void poll(HttpExchange exchange) throws IOException, InterruptedException {
        long after;
        try {
            after = afterParameter(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            Responses.error(exchange, 400, e.getMessage());
            return;
        }
        Transcript.Slice slice = transcript.after(after, LONG_POLL);
        Responses.json(exchange, 200, Json.object()
                .put("entries", Json.array(slice.entries().stream().map(TranscriptEntry::toApiJson).toList()))
                .put("latest", slice.latest()).build());
    }

    static long afterParameter(String query) {
        if (query == null || query.isEmpty()) {
            return 0;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("after=")) {
                String value = parameter.substring("after=".length());
                if (value.matches("[0-9]{1,18}")) {
                    return Long.parseLong(value);
                }
                throw new IllegalArgumentException("after must be a transcript position (0 or more), was '"
                        + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "'");
            }
        }
        return 0;
    }

    private static boolean allowed(HttpExchange exchange, String... methods) throws IOException {
        for (String method : methods) {
            if (method.equals(exchange.getRequestMethod())) {
                return true;
            }
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
        Responses.error(exchange, 405, exchange.getRequestURI().getRawPath() + " takes " + String.join(" or ", methods)
                + ", not " + exchange.getRequestMethod());
        return false;
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        Optional<Refusal> refusal = access.checkToken(exchange.getRequestHeaders());
        if (refusal.isPresent()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            Responses.error(exchange, refusal.get().status(), refusal.get().reason());
            return false;
        }
        return true;
    }
}
