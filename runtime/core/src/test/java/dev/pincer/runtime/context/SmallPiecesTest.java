package dev.pincer.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.IntegrationException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log, the configuration and the context builder. */
class SmallPiecesTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theLogKeepsRawLinesAndForwardsRedactedOnes() throws InterruptedException {
        SecretVault vault = new SecretVault(Map.of("TOKEN", "s3cr3t-value"), Map.of("TOKEN", List.of("a.example.org")));
        VirtualClock clock = new VirtualClock(START);
        List<String> sink = new ArrayList<>();
        RecordingLog log = new RecordingLog(clock, vault, sink::add);
        String placeholder = vault.secrets().get("TOKEN").placeholder();

        log.info("polling");
        clock.sleep(Duration.ofSeconds(1));
        log.warn("token is s3cr3t-value");
        log.error("url /bot" + placeholder + "/x");

        assertEquals(List.of(
                new RecordingLog.LogLine(START, RecordingLog.Level.INFO, "polling"),
                new RecordingLog.LogLine(START.plusSeconds(1), RecordingLog.Level.WARN, "token is s3cr3t-value"),
                new RecordingLog.LogLine(START.plusSeconds(1), RecordingLog.Level.ERROR, "url /bot" + placeholder + "/x")),
                log.lines());
        assertEquals(List.of("INFO polling", "WARN token is [secret:TOKEN]", "ERROR url /bot[secret:TOKEN]/x"), sink);
    }

    @Test
    void configAnswersFromItsMap() {
        MapConfig config = new MapConfig(Map.of("chat_id", "42"));

        assertEquals(Optional.of("42"), config.get("chat_id"));
        assertEquals(Optional.empty(), config.get("missing"));
        IntegrationException e = assertThrows(IntegrationException.class, () -> config.require("missing"));
        assertEquals("configuration key 'missing' is not set; add it to the integration's configuration",
                e.getMessage());
    }

    @Test
    void theContextBuilderNamesEveryMissingPiece() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SimpleChannelContext.builder().name("echo").clock(new SystemClock()).build());

        assertEquals("a channel context needs every piece, but http, secrets, random, log, state, config, inbox are "
                + "not set; set them on the builder before build()", e.getMessage());
    }

    @Test
    void theContextHandsOutExactlyItsPieces() {
        SecretVault vault = new SecretVault(Map.of(), Map.of());
        VirtualClock clock = new VirtualClock(START);
        try (SqliteState state = SqliteState.open(dir.resolve("state.db"), "echo");
                Egress egress = new Egress("echo", List.of("a.example.org"), vault, Map.of(), clock)) {
            RecordingLog log = new RecordingLog(clock, vault, line -> { });
            MapConfig config = new MapConfig(Map.of());
            Random random = new Random(7);

            SimpleChannelContext context = SimpleChannelContext.builder().name("echo").http(egress)
                    .secrets(vault.secrets()).clock(clock).random(random).log(log).state(state).config(config)
                    .inbox(message -> new Acceptance.Accepted()).build();

            assertEquals("echo", context.name());
            assertSame(egress, context.http());
            assertSame(clock, context.clock());
            assertSame(random, context.random());
            assertSame(log, context.log());
            assertSame(state, context.state());
            assertSame(config, context.config());
            assertEquals(new Acceptance.Accepted(), context.inbox().deliver(null));
        }
    }
}
