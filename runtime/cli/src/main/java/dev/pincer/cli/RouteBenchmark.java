package dev.pincer.cli;

import dev.pincer.runtime.route.Agent;
import dev.pincer.runtime.route.DecisionPoint;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.RouterLimits;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.Content;
import dev.pincer.spi.Inbox;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.Sender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Times the router on a real store with an instant echo agent and an instant in-process channel: the latency it
 * adds between accepting a message and sending its reply, its durable throughput, and the floor that SQLite sets
 * for durable writes on the same disk.
 */
final class RouteBenchmark {
    private static final int MESSAGES = 2000;
    private static final int CONVERSATIONS = 50;
    private static final int WARM_UP = 500;
    private static final int ROUNDS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Agent ECHO = (conversation, message, history) -> List.of(message.text().orElse("?"));

    private final Path parent;

    /** @param parent where the scratch directory is made; its disk is the one measured */
    RouteBenchmark(Path parent) {
        this.parent = parent.toAbsolutePath().normalize();
    }

    String run() throws Exception {
        Path dir = Files.createTempDirectory(parent, "pincer-bench-route-");
        try {
            double[] latencies = latencies(dir.resolve("latency.db"));
            // the disk is shared and its speed drifts: alternate the two, and compare medians
            List<Double> throughputs = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                throughputs.add(throughput(dir.resolve("throughput-" + round + ".db")));
                floors.add(floor(dir.resolve("floor-" + round + ".db")));
            }
            double throughput = median(throughputs);
            double floor = median(floors);
            return String.format(Locale.ROOT, """
                    pincer bench route (%d messages over %d conversations; instant echo agent and channel; store in %s)
                      (latency after %d warm-up messages; throughput and floor: medians of %d alternating rounds)
                      latency     deliver() Accepted -> channel send(), one message at a time  p50 %7.2f ms  p99 %7.2f ms \
                    (targets <= 1 ms, <= 10 ms)
                      throughput  accepted -> reply sent and recorded, all conversations at once  %9.0f msg/s
                      floor       SQLite single-row INSERT per transaction, WAL + synchronous=FULL %9.0f rows/s
                      ratio       throughput / floor                                             %9.1f %% (target >= 50 %%)""",
                    MESSAGES, CONVERSATIONS, dir, WARM_UP, ROUNDS, percentile(latencies, 0.50), percentile(latencies, 0.99), throughput,
                    floor, 100 * throughput / floor);
        } finally {
            ScratchFiles.deleteTree(dir);
        }
    }

    /** Milliseconds from Accepted to send(), for MESSAGES messages after a warm-up, each after the last is recorded. */
    private static double[] latencies(Path file) throws InterruptedException {
        InstantChannel channel = new InstantChannel();
        try (Store store = Store.open(file);
                Router router = new Router(store, Map.of("bench", channel), ECHO, DecisionPoint.allowAll(),
                        Clock.systemUTC(), RouterLimits.defaults())) {
            router.start();
            Inbox inbox = router.inboxFor("bench");
            double[] latencies = new double[MESSAGES];
            for (int i = 0; i < WARM_UP + MESSAGES; i++) {
                InboundMessage message = message(i);
                requireAccepted(inbox.deliver(message));
                long accepted = System.nanoTime();
                Long sent = channel.sends.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                if (sent == null) {
                    throw new IllegalStateException("no reply to message " + i + " within " + PATIENCE);
                }
                if (i >= WARM_UP) {
                    latencies[i - WARM_UP] = (sent - accepted) / 1e6;
                }
                awaitDelivered(store, i + 1, Duration.ofNanos(50_000));
            }
            return latencies;
        }
    }

    /** Messages per second from the first deliver() until every reply is sent and recorded delivered. */
    private static double throughput(Path file) throws InterruptedException {
        InstantChannel channel = new InstantChannel();
        try (Store store = Store.open(file);
                Router router = new Router(store, Map.of("bench", channel), ECHO, DecisionPoint.allowAll(),
                        Clock.systemUTC(), RouterLimits.defaults())) {
            router.start();
            Inbox inbox = router.inboxFor("bench");
            long began = System.nanoTime();
            List<Thread> platforms = new ArrayList<>();
            for (int c = 0; c < CONVERSATIONS; c++) {
                int conversation = c;
                platforms.add(Thread.ofVirtual().start(() -> {
                    for (int i = conversation; i < MESSAGES; i += CONVERSATIONS) {
                        requireAccepted(inbox.deliver(message(i)));
                    }
                }));
            }
            for (Thread platform : platforms) {
                platform.join();
            }
            awaitDelivered(store, MESSAGES, Duration.ofMillis(2));
            return MESSAGES / ((System.nanoTime() - began) / 1e9);
        }
    }

    /** Rows per second of single-row INSERTs, each its own transaction, with WAL and synchronous=FULL. */
    private static double floor(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement setup = connection.createStatement()) {
            setup.execute("PRAGMA journal_mode = WAL");
            setup.execute("PRAGMA synchronous = FULL");
            setup.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scratch (payload) VALUES (?)")) {
                long began = System.nanoTime();
                for (int i = 0; i < MESSAGES; i++) {
                    insert.setString(1, "message " + i);
                    insert.executeUpdate();
                }
                return MESSAGES / ((System.nanoTime() - began) / 1e9);
            }
        }
    }

    private static InboundMessage message(int i) {
        String conversation = "chat-" + (i % CONVERSATIONS);
        return new InboundMessage("u" + i, conversation, "m" + i, new Sender("owner", "Owner", false),
                Instant.EPOCH, new Content.Text("message " + i));
    }

    private static void requireAccepted(Acceptance acceptance) {
        if (!(acceptance instanceof Acceptance.Accepted)) {
            throw new IllegalStateException("the router did not accept a benchmark message: " + acceptance);
        }
    }

    /** Polls the store's counts every {@code poll} (each look takes the store's lock) until {@code count} are delivered. */
    private static void awaitDelivered(Store store, long count, Duration poll) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (store.stats().byIntegration().get("bench") == null
                || store.stats().byIntegration().get("bench").delivered() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + store.stats() + " after " + PATIENCE + "; expected "
                        + count + " delivered");
            }
            Thread.sleep(poll);
        }
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }


    /** A platform that delivers at once and reports when each send began. */
    private static final class InstantChannel implements Channel {
        final LinkedBlockingQueue<Long> sends = new LinkedBlockingQueue<>();
        private final AtomicInteger ids = new AtomicInteger();

        @Override
        public void start(ChannelContext context) {}

        @Override
        public ReceiveResult receive() {
            return new ReceiveResult.RetryAfter(Duration.ofSeconds(1), "the benchmark delivers through the inbox");
        }

        @Override
        public SendResult send(OutboundMessage message) {
            sends.add(System.nanoTime());
            return new SendResult.Delivered(List.of(Integer.toString(ids.incrementAndGet())));
        }

        @Override
        public void stop() {}
    }
}
