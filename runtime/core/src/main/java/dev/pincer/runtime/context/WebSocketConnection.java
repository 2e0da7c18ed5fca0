package dev.pincer.runtime.context;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.WebSocket;
import dev.pincer.spi.WebSocketEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One WebSocket an integration opened: text messages into a queue, secrets filled in on the way out. */
final class WebSocketConnection implements WebSocket, java.net.http.WebSocket.Listener {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<WebSocketEvent> events = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final SecretVault vault;
    private final String host;
    private final Waits waits;
    private volatile java.net.http.WebSocket socket;
    private volatile WebSocketEvent.Closed closed;

    WebSocketConnection(SecretVault vault, String host, Waits waits) {
        this.vault = vault;
        this.host = host;
        this.waits = waits;
    }

    void attach(java.net.http.WebSocket openedSocket) {
        this.socket = openedSocket;
    }

    @Override
    public void onOpen(java.net.http.WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(java.net.http.WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (partial) {
            partial.append(data);
            if (last) {
                events.add(new WebSocketEvent.Text(partial.toString()));
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(java.net.http.WebSocket webSocket, int statusCode, String reason) {
        events.add(new WebSocketEvent.Closed(statusCode, vault.redact(reason)));
        return null;
    }

    @Override
    public void onError(java.net.http.WebSocket webSocket, Throwable error) {
        events.add(new WebSocketEvent.Closed(1006, "the connection to " + host + " failed: "
                + vault.redact(String.valueOf(error.getMessage()))));
    }

    @Override
    public void sendText(String text) throws InterruptedException {
        Objects.requireNonNull(text, "text");
        if (closed != null || socket == null || socket.isOutputClosed()) {
            throw new EgressException(EgressException.Kind.NETWORK, "the WebSocket to " + host + " is closed; open a new one");
        }
        String filled = vault.substitute(text, host);
        try {
            socket.sendText(filled, true).get(SEND_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new EgressException(EgressException.Kind.NETWORK, "sending on the WebSocket to " + host + " failed: "
                    + vault.redact(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
        } catch (TimeoutException e) {
            throw new EgressException(EgressException.Kind.TIMEOUT, "sending on the WebSocket to " + host
                    + " took longer than " + SEND_TIMEOUT.toSeconds() + " s");
        }
    }

    @Override
    public Optional<WebSocketEvent> receive(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        WebSocketEvent.Closed ended = closed;
        if (ended != null) {
            return Optional.of(ended);
        }
        Optional<WebSocketEvent> event = waits.poll(events, timeout);
        if (event.isPresent() && event.get() instanceof WebSocketEvent.Closed close) {
            closed = close;
        }
        return event;
    }

    @Override
    public void close(int code, String reason) {
        java.net.http.WebSocket open = socket;
        if (closed == null) {
            events.add(new WebSocketEvent.Closed(code, "closed by the integration: " + reason));
        }
        if (open != null && !open.isOutputClosed()) {
            open.sendClose(code, reason).whenComplete((ws, error) -> open.abort());
        }
    }

    /** Ends the connection at once, as when the integration stops. */
    void abort() {
        java.net.http.WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        events.add(new WebSocketEvent.Closed(1001, "the integration is stopping"));
    }
}
