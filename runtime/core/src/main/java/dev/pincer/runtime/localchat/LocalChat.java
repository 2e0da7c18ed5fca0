package dev.pincer.runtime.localchat;

import com.sun.net.httpserver.HttpServer;
import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The built-in local chat: a page on {@code 127.0.0.1} (and {@code pincer chat} in a terminal) through which the
 * owner talks to their assistant without any platform account or token.
 *
 * <p>Trusted runtime code, not a confined integration. It implements {@link Channel} so that the router treats it
 * like any other channel: the owner's messages go to {@link ChannelContext#inbox()} in conversation
 * {@code "local"}, and replies come back through {@link #send}. The HTTP API: {@code GET /} the page,
 * {@code GET /api/info}, {@code POST /api/messages} with {@code {"text": "…"}}, and the long poll
 * {@code GET /api/messages?after=N}.
 *
 * <h2>Threat model</h2>
 * What it guards: the conversation, against being read, and against messages written in the owner's name (which
 * may make the assistant act). Who can reach a port on {@code 127.0.0.1}: other users and their processes on this
 * computer, and web pages open in the owner's browser, which can make it send requests to {@code 127.0.0.1} and,
 * by DNS rebinding, have their own host name resolve to it.
 * <ul>
 *   <li>Loopback only: the server binds {@code 127.0.0.1} and nothing else ({@link LocalChatOptions} refuses any
 *       other address), so other computers cannot connect.</li>
 *   <li>A token: 128 random bits, new at every start, required in {@code Authorization: Bearer} on every API call
 *       (wrong or missing: 401). The page takes it once from the link's {@code ?token=}, keeps it in the tab's
 *       {@code sessionStorage} and removes it from the address bar; {@code pincer chat} reads it from the
 *       connection file, which only the owner may read (mode 0600) and which is deleted at stop.</li>
 *   <li>The Host header must be {@code 127.0.0.1:<port>} or {@code localhost:<port>} (else 403), so a page whose
 *       name was rebound to {@code 127.0.0.1} is refused even before the token is looked at.</li>
 *   <li>Writes need {@code Content-Type: application/json} (else 415), which a cross-site form cannot send and a
 *       cross-site script can only send after a CORS preflight the chat never grants; and when the browser names an
 *       {@code Origin}, it must be the chat's own (else 403).</li>
 *   <li>The page runs only its own inline script (a per-response CSP nonce), loads nothing from elsewhere, and
 *       shows message text as text, never as markup.</li>
 * </ul>
 * Not covered: programs running as the owner (they can read the connection file, as they can read all the owner's
 * files), browser extensions that may read every page, and the link {@code pincer run} prints, whose token may stay
 * in the terminal's scrollback and, for its first load, in the browser's history until the next start.
 *
 * <p>Thread-safe, as {@link Channel} requires.
 */
public final class LocalChat implements Channel {

    /** How long one {@link #receive} round waits; messages arrive by HTTP, not by receiving. */
    static final Duration RECEIVE_ROUND = Duration.ofSeconds(1);

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final LocalChatOptions options;
    private volatile ChannelContext context;
    private volatile HttpServer server;
    private volatile ExecutorService executor;
    private volatile Transcript transcript;
    private volatile LocalConversation conversation;
    private volatile LocalChatConnection connection;
    private volatile boolean stopped;

    /** A local chat that listens once {@link #start} is called. */
    public LocalChat(LocalChatOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Starts serving on {@code 127.0.0.1}, with a new access token, and writes the connection file.
     *
     * @throws IntegrationException if the port is in use or the connection file cannot be written; the message
     *     says how to fix it
     * @throws IllegalStateException if started before
     */
    @Override
    public synchronized void start(ChannelContext context) {
        Objects.requireNonNull(context, "context");
        if (this.context != null) {
            throw new IllegalStateException("a local chat starts once; create a new LocalChat to run again");
        }
        String page = page();
        Transcript loaded = Transcript.load(context.state(), context.log());
        HttpServer bound = bind(options.port());
        int port = bound.getAddress().getPort();
        String token = Access.newToken();
        LocalChatConnection started = new LocalChatConnection(URI.create("http://127.0.0.1:" + port + "/"), token);
        this.transcript = loaded;
        this.conversation = new LocalConversation(context, options.ownerName(), loaded);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        bound.setExecutor(executor);
        bound.createContext("/", new ChatApi(new Access(port, token), conversation, loaded,
                () -> Json.object().put("banner", options.banner()).put("owner", options.ownerName()), page,
                context.log()));
        bound.start();
        this.server = bound;
        this.context = context;
        try {
            started.write(options.connectionFile());
        } catch (UncheckedIOException e) {
            stop();
            throw new IntegrationException(e.getMessage(), e);
        }
        this.connection = started;
        context.log().info("local chat: listening on " + started.address() + "; the link with its access token is in "
                + options.connectionFile() + ", or chat in a terminal with: ./pincer chat");
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 64);
        } catch (BindException e) {
            throw new IntegrationException("port " + port + " on 127.0.0.1 is in use (another pincer run?); set"
                    + " localChat.port in pincer.yaml or stop the other process", e);
        } catch (IOException e) {
            throw new IntegrationException("cannot serve the local chat on 127.0.0.1:" + port + ": " + e.getMessage()
                    + "; set another localChat.port in pincer.yaml", e);
        }
    }

    /**
     * Waits one round: the owner's messages arrive over HTTP and go to the inbox from there.
     *
     * @return {@code idle} after the wait; {@code stop} once the chat was stopped
     */
    @Override
    public ReceiveResult receive() throws InterruptedException {
        ChannelContext running = running();
        if (stopped) {
            return ReceiveResult.stop("the local chat was stopped");
        }
        running.clock().sleep(RECEIVE_ROUND);
        return ReceiveResult.idle();
    }

    /**
     * Shows a reply in the transcript and wakes the pages and terminals waiting for it; a message sent again with
     * the same id is shown once.
     *
     * @return {@code Delivered}; {@code RetryLater} after {@link #stop}, so that the reply is shown after the next
     *     start; {@code Failed} for a conversation other than {@code "local"}
     */
    @Override
    public SendResult send(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        running();
        if (!message.conversation().equals(LocalConversation.ID)) {
            return new SendResult.Failed("the local chat has one conversation, \"" + LocalConversation.ID
                    + "\"; it cannot deliver to '" + message.conversation() + "'");
        }
        if (stopped) {
            return new SendResult.RetryLater(Duration.ofSeconds(5), "the local chat is stopped; the reply is shown"
                    + " once it runs again");
        }
        return new SendResult.Delivered(List.of("entry-" + conversation.reply(message)));
    }

    /** Stops serving at once, ends every long poll, and deletes the connection file. Idempotent. */
    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (transcript != null) {
            transcript.close();
        }
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
        if (connection != null) {
            try {
                connection.deleteIfCurrent(options.connectionFile());
            } catch (UncheckedIOException e) {
                context.log().warn("local chat: " + e.getMessage());
            }
        }
    }

    /** Where the chat listens, such as {@code http://127.0.0.1:8484/}. */
    public URI address() {
        return started().address();
    }

    /** This run's access token, for the {@code Authorization: Bearer} header; never log it. */
    public String accessToken() {
        return started().token();
    }

    /** The page's URL with the access token, for the owner to open in a browser. */
    public URI pageUri() {
        return started().pageUri();
    }

    private LocalChatConnection started() {
        LocalChatConnection current = connection;
        if (current == null) {
            throw new IllegalStateException("the local chat is not started; call start first");
        }
        return current;
    }

    private ChannelContext running() {
        ChannelContext current = context;
        if (current == null) {
            throw new IllegalStateException("the local chat is not started; call start first");
        }
        return current;
    }

    private static String page() {
        try (InputStream in = LocalChat.class.getResourceAsStream("page.html")) {
            if (in == null) {
                throw new IllegalStateException("the local chat's page.html is missing from the runtime's jar; rebuild"
                        + " Pincer with ./mvnw package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local chat's page.html: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        LocalChatConnection current = connection;
        return "LocalChat[" + (current == null ? "not started" : current.address()) + (stopped ? ", stopped" : "") + "]";
    }
}
