package dev.pincer.conformance.fake.discord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal gateway client for the fake's tests: sends text, takes received payloads in order. */
final class GatewayClient implements WebSocket.Listener, AutoCloseable {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    GatewayClient(URI base) throws Exception {
        URI ws = URI.create("ws://" + base.getAuthority() + "/?v=10&encoding=json");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, this).get(5, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        received.add("close " + statusCode);
        return null;
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    String next() throws InterruptedException {
        String text = received.poll(5, TimeUnit.SECONDS);
        if (text == null) {
            throw new AssertionError("nothing arrived from the fake gateway within 5 s");
        }
        return text;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
