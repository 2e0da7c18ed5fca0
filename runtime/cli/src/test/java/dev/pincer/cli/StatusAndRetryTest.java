package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.store.OutboxStatus;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusAndRetryTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path data() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return data;
    }

    @Test
    void statusBeforeAnyRunSaysHowToStart() throws Exception {
        assertEquals(0, run("status", "--data", data().toString()));
        assertTrue(out.toString().contains("nothing has run with the data directory"), out.toString());
    }

    @Test
    void statusShowsQueuesAndDeadLettersWithTheirReasonAndRetryPutsOneBack() throws Exception {
        Path data = data();
        long id;
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            id = store.enqueue("telegram", new OutboundMessage("reply:1:0", "42", "hello", Optional.empty()), T0).id();
            store.recordAttempt(id, new SendResult.Failed("Forbidden: bot was blocked by the user"), T0);
            store.enqueue("telegram", new OutboundMessage("reply:2:0", "43", "later", Optional.empty()), T0);
        }
        assertEquals(0, run("status", "--data", data.toString()));
        String status = out.toString();
        assertTrue(status.contains("not running"), status);
        assertTrue(status.contains("telegram: 1 pending"), status);
        assertTrue(status.contains("dead letter out:" + id + " (telegram reply:1:0) after 1 attempts: "
                + "Forbidden: bot was blocked by the user"), status);
        assertTrue(status.contains("./pincer retry out:N"), status);

        assertEquals(0, run("retry", "--data", data.toString(), "out:" + id));
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            assertTrue(store.deadLetters().isEmpty());
            assertEquals(OutboxStatus.PENDING, store.due(T0.plusSeconds(3600), 10).getFirst().status());
        }
        assertEquals(1, run("retry", "--data", data.toString(), "out:" + id, "bogus"));
        assertTrue(err.toString().contains("out:" + id + ": outbox entry " + id + " is PENDING, not DEAD"), err.toString());
        assertTrue(err.toString().contains("'bogus' is not an id; write out:N or in:N"), err.toString());
    }
}
