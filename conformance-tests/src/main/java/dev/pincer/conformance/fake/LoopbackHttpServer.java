package dev.pincer.conformance.fake;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP server a fake listens with: a free port of 127.0.0.1, one handler for every path, a virtual thread
 * per exchange. Thread-safe.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch closing;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackHttpServer(HttpHandler handler, CountDownLatch closing) throws IOException {
        this.closing = closing;
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts serving {@code handler}.
     *
     * @param fake what the fake stands in for, for the error message, such as {@code GitHub server}
     * @param closing counted down on {@link #close()} once the server stopped, so that the handler can end the
     *     requests it holds
     * @throws UncheckedIOException if the server cannot bind
     */
    public static LoopbackHttpServer start(String fake, HttpHandler handler, CountDownLatch closing) {
        try {
            return new LoopbackHttpServer(handler, closing);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the fake " + fake + " on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Stops the server (no new connections, open ones closed), then releases the requests its handlers hold through the
     * closing latch, and stops their threads; once. In this order a client that retries a dropped request (the JDK's
     * client retries an idempotent one) finds the port closed instead of a server that answers.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        closing.countDown();
        executor.shutdownNow();
    }
}
