package dev.pincer.runtime.localchat;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands by id, events recorded.
 * Thread-safe.
 */
final class DevTools implements AutoCloseable {
    private static final JsonObject NO_PARAMS = Json.object().build();

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private DevTools(HttpClient client, URI target) throws Exception {
        this.socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(target, new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** Connects to one target, such as a page's {@code webSocketDebuggerUrl}. */
    static DevTools connect(HttpClient client, URI target) throws Exception {
        return new DevTools(client, target);
    }

    /** Runs a command without parameters; returns its result. */
    JsonObject call(String method) throws Exception {
        return call(method, NO_PARAMS);
    }

    /** Runs a command; returns its result, or fails the test with the browser's error. */
    JsonObject call(String method, JsonObject params) throws Exception {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        String message = Json.object().put("id", id).put("method", method).put("params", params).build().toString();
        synchronized (socket) {
            socket.sendText(message, true).get(10, TimeUnit.SECONDS);
        }
        JsonObject response = answer.get(20, TimeUnit.SECONDS);
        if (response.has("error")) {
            fail(method + " failed in the browser: " + response.object("error"));
        }
        return response.optObject("result").orElse(NO_PARAMS);
    }

    /** Evaluates JavaScript in the page, awaiting a promise; returns the value as JSON, failing on an exception. */
    Json evaluate(String expression) throws Exception {
        JsonObject result = call("Runtime.evaluate", Json.object().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true).build());
        if (result.has("exceptionDetails")) {
            fail("the page threw evaluating " + expression + ": " + result.object("exceptionDetails"));
        }
        return result.object("result").get("value").orElse(JsonNull.INSTANCE);
    }

    /** The events received so far with this method name, oldest first. */
    List<JsonObject> events(String method) {
        return events.stream().filter(event -> event.optString("method").orElse("").equals(method)).toList();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = Json.parseObject(partial.toString());
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> answer = pending.remove(message.longValue("id"));
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
