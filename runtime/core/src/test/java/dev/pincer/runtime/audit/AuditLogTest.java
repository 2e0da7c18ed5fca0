package dev.pincer.runtime.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void writesTheDocumentedLineAndHashesItWithoutTheHashMember() throws Exception {
        Path data = temp.resolve("data");
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            log.append("permission.granted", Map.of("tool", "calendar", "note", "say \"hi\"\n\\"));
        }
        String line = Files.readString(data.resolve("audit.jsonl"), StandardCharsets.UTF_8);
        String body = "{\"seq\":1,\"at\":\"2026-11-25T20:00:00Z\",\"kind\":\"permission.granted\","
                + "\"data\":{\"note\":\"say \\\"hi\\\"\\u000a\\\\\",\"tool\":\"calendar\"},\"prev\":\"" + "0".repeat(64) + "\"}";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}\n", line);
    }

    @Test
    void createsTheFileOwnerOnlyAndReturnsTheHeadOfEachAppend() throws Exception {
        Path data = temp.resolve("data");
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            assertEquals(Optional.empty(), log.head());
            AuditHead first = log.append("a", Map.of());
            AuditHead second = log.append("b", Map.of());
            assertEquals(1, first.seq());
            assertEquals(2, second.seq());
            assertEquals(Optional.of(second), log.head());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("audit.jsonl"))));
    }

    @Test
    void anInterruptedThreadStillAppendsAndTheLogKeepsWorkingForOthers() throws Exception {
        Path data = temp.resolve("data");
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread interrupted = new Thread(() -> {
                Thread.currentThread().interrupt();
                try {
                    outcome.set(log.append("egress", Map.of("host", "api.telegram.org")));
                } catch (RuntimeException e) {
                    outcome.set(e);
                }
            });
            interrupted.start();
            interrupted.join();

            assertEquals(new AuditHead(1, log.head().orElseThrow().hash()), outcome.get(),
                    "an append by an interrupted thread (a call cut short, a shutdown) completes");
            assertEquals(2, log.append("decision", Map.of("outcome", "allow")).seq(),
                    "and the log still takes entries from other threads");
        }
        assertTrue(AuditVerifier.verify(data.resolve(AuditLog.FILE_NAME)).intact());
    }

    @Test
    void reopeningContinuesTheChain() {
        Path data = temp.resolve("data");
        AuditHead before;
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            log.append("a", Map.of("n", "1"));
            before = log.append("b", Map.of("n", "2"));
        }
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            assertEquals(Optional.of(before), log.head());
            assertEquals(3, log.append("c", Map.of()).seq());
        }
        AuditVerification result = AuditVerifier.verify(data.resolve("audit.jsonl"));
        assertTrue(result.intact(), result.toString());
        assertEquals(3, result.intactEntries());
    }

    @Test
    void redactsEveryDataValueBeforeWritingIt() throws Exception {
        Path data = temp.resolve("data");
        UnaryOperator<String> redact = text -> text.replace("sk-12345", "[REDACTED:api_key]");
        try (AuditLog log = AuditLog.open(data, redact, FIXED)) {
            log.append("egress", Map.of("url", "https://api.example/v1?key=sk-12345", "error", "bad key sk-12345"));
        }
        String text = Files.readString(data.resolve("audit.jsonl"));
        assertFalse(text.contains("sk-12345"), text);
        assertTrue(text.contains("https://api.example/v1?key=[REDACTED:api_key]"), text);
        assertTrue(text.contains("bad key [REDACTED:api_key]"), text);
        assertTrue(AuditVerifier.verify(data.resolve("audit.jsonl")).intact());
    }

    @Test
    void refusesToAppendAfterATornLineAndSaysHowToRepairIt() throws Exception {
        Path data = temp.resolve("data");
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            log.append("a", Map.of());
        }
        Path file = data.resolve("audit.jsonl");
        long complete = Files.size(file);
        Files.writeString(file, "{\"seq\":2,\"at\":\"2026-", StandardOpenOption.APPEND);
        AuditLogException refused = assertThrows(AuditLogException.class,
                () -> AuditLog.open(data, UnaryOperator.identity(), FIXED));
        assertTrue(refused.getMessage().contains("ends in an incomplete entry (20 bytes after the last complete line)"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("pincer audit verify --data " + data), refused.getMessage());
        assertTrue(refused.getMessage().contains("truncate -s " + complete + " " + file), refused.getMessage());
        assertEquals(complete + 20, Files.size(file), "the torn bytes are kept");
    }

    @Test
    void refusesToContinueAChainWhoseLastEntryWasEdited() throws Exception {
        Path data = temp.resolve("data");
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity(), FIXED)) {
            log.append("tool.call", Map.of("tool", "calendar"));
        }
        Path file = data.resolve("audit.jsonl");
        Files.writeString(file, Files.readString(file).replace("calendar", "calandar"));
        AuditLogException refused = assertThrows(AuditLogException.class,
                () -> AuditLog.open(data, UnaryOperator.identity(), FIXED));
        assertTrue(refused.getMessage().contains("last entry (seq 1)") && refused.getMessage().contains("edited"),
                refused.getMessage());
    }

    @Test
    void manyThreadsAppendingLeaveOneValidChain() throws Exception {
        Path data = temp.resolve("data");
        int threads = 8;
        int each = 50;
        try (AuditLog log = AuditLog.open(data, UnaryOperator.identity())) {
            List<Thread> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                started.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < each; i++) {
                        log.append("test", Map.of("thread", Integer.toString(thread), "i", Integer.toString(i)));
                    }
                }));
            }
            for (Thread thread : started) {
                thread.join();
            }
            assertEquals(threads * each, log.head().orElseThrow().seq());
        }
        AuditVerification result = AuditVerifier.verify(data.resolve("audit.jsonl"));
        assertTrue(result.intact(), result.toString());
        assertEquals(threads * each, result.intactEntries());
    }

    @Test
    void rejectsABlankKind() {
        try (AuditLog log = AuditLog.open(temp.resolve("data"), UnaryOperator.identity(), FIXED)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.append(" ", Map.of()));
            assertEquals("an audit entry's kind must not be blank, was ' '", e.getMessage());
        }
    }

    @Test
    void parsesAndPrintsHeads() {
        AuditHead head = AuditHead.parse("12:" + "ab".repeat(32));
        assertEquals(12, head.seq());
        assertEquals("12:" + "ab".repeat(32), head.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuditHead.parse("12:xyz"));
        assertTrue(e.getMessage().contains("expected an audit head as SEQ:HASH") && e.getMessage().contains("'12:xyz'"),
                e.getMessage());
    }
}
