package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.SystemClock;
import dev.pincer.runtime.localchat.LocalChat;
import dev.pincer.runtime.localchat.LocalChatConnection;
import dev.pincer.runtime.localchat.LocalChatOptions;
import dev.pincer.runtime.route.Agent;
import dev.pincer.runtime.route.DecisionPoint;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.RouterLimits;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.InboundMessage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pincer chat} against a real local chat, router and store on an ephemeral port, with piped input. */
class ChatCommandTest {

    private static final Agent ECHO = (conversation, message, history) -> List.of("echo: " + message.text().orElse(""));

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<InboundMessage> delivered = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> running = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopTheChat() throws Exception {
        for (AutoCloseable closeable : running.reversed()) {
            closeable.close();
        }
    }

    private int chat(String input, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "chat";
        args[1] = "--data";
        args[2] = data.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Main.execute(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Starts what {@code pincer run} would: store, state, router and local chat, all stopped after the test. */
    private LocalChat startLocalChat() {
        Path database = data.resolve("pincer.db");
        Store store = Store.open(database);
        running.add(store);
        SqliteState state = SqliteState.open(database, "localchat");
        running.add(state);
        LocalChat chat = new LocalChat(LocalChatOptions.onPort(0, "Model: built-in echo (not an AI)", "Ada",
                data.resolve(LocalChatConnection.FILE_NAME)));
        Router router = new Router(store, Map.of("localchat", chat), ECHO, DecisionPoint.allowAll(), Clock.systemUTC(),
                new RouterLimits(50, 64, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofMillis(20),
                        Duration.ofMillis(500)));
        running.add(router);
        SystemClock clock = new SystemClock();
        SecretVault vault = new SecretVault(Map.of(), Map.of());
        Egress egress = new Egress("localchat", List.of(), vault, Map.of(), clock);
        running.add(egress);
        var inbox = router.inboxFor("localchat");
        chat.start(SimpleChannelContext.builder().name("localchat").http(egress).secrets(vault.secrets()).clock(clock)
                .random(new Random(1)).log(new RecordingLog(clock, vault, line -> { })).state(state)
                .config(new MapConfig(Map.of())).inbox(message -> {
                    delivered.add(message);
                    return inbox.deliver(message);
                }).build());
        running.add(chat::stop);
        router.start();
        return chat;
    }

    @Test
    void eachLineIsSentAndTheRepliesArePrintedThenTheEndOfInputWaitsForTheLastReply() {
        startLocalChat();

        int exit = chat("hello\n\nsecond line\n");

        assertEquals(0, exit, () -> out + "\n" + err);
        assertTrue(out.toString().startsWith("Model: built-in echo (not an AI)\nChatting at http://127.0.0.1:"),
                out::toString);
        assertTrue(out.toString().endsWith("Pincer> echo: hello\nPincer> echo: second line\n"), out::toString);
        assertEquals(List.of("hello", "second line"), delivered.stream().map(m -> m.text().orElseThrow()).toList(),
                "the blank line was not sent");
        assertEquals("", err.toString());
    }

    @Test
    void quitEndsAtOnceAndSendsNothingAfterIt() {
        startLocalChat();

        int exit = chat("/quit\nnot sent\n");

        assertEquals(0, exit, () -> out + "\n" + err);
        assertEquals(List.of(), delivered);
    }

    @Test
    void aRefusedLineIsReportedAndTheChatGoesOn() {
        startLocalChat();

        int exit = chat("x".repeat(4097) + "\nshort\n");

        assertEquals(0, exit, () -> out + "\n" + err);
        assertEquals("pincer: not sent: text is 4097 characters long, but a local chat message may have at most 4096;"
                + " split it into several messages\n", err.toString());
        assertTrue(out.toString().endsWith("Pincer> echo: short\n"), out::toString);
    }

    @Test
    void withoutARunningChatItSaysHowToStartOne() {
        int exit = chat("hello\n");

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("pincer: no local chat is running; start one with: ./pincer run\n"),
                err::toString);
        assertTrue(err.toString().contains(data.resolve("localchat.json").toString()), err::toString);
    }

    @Test
    void aConnectionFileLeftByAStoppedChatIsReportedAsNotAnswering() throws Exception {
        int port;
        try (ServerSocket closedSoon = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            port = closedSoon.getLocalPort();
        }
        Files.writeString(data.resolve("localchat.json"),
                "{\"url\":\"http://127.0.0.1:" + port + "/\",\"token\":\"" + "a".repeat(32) + "\"}\n");

        int exit = chat("hello\n");

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("pincer: the local chat at http://127.0.0.1:" + port + "/ does not answer"),
                err::toString);
        assertTrue(err.toString().contains("start it again with: ./pincer run"), err::toString);
    }
}
