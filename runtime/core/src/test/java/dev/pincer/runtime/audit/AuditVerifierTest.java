package dev.pincer.runtime.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditVerification.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tampers with a real five-entry log file in each way and checks that the first bad entry is named, and why. */
class AuditVerifierTest {

    @TempDir
    Path temp;

    private Path file;
    private AuditHead head;

    @BeforeEach
    void writeFiveEntries() {
        try (AuditLog log = AuditLog.open(temp.resolve("data"), UnaryOperator.identity())) {
            for (int i = 1; i <= 5; i++) {
                head = log.append("tool.call", Map.of("tool", "calendar", "call", "number " + i));
            }
            file = log.file();
        }
    }

    @Test
    void anUntouchedLogIsIntact() {
        AuditVerification result = AuditVerifier.verify(file, Optional.of(head));
        assertTrue(result.intact(), result.toString());
        assertEquals(5, result.intactEntries());
        assertEquals(Optional.of(head), result.head());
    }

    @Test
    void findsAnEditedByte() throws IOException {
        List<String> lines = lines();
        lines.set(2, lines.get(2).replace("number 3", "number 8"));
        write(lines);
        assertBreak(3, Reason.EDITED, "does not match its hash");
    }

    @Test
    void findsAnEditThatBreaksTheFormat() throws IOException {
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("\"seq\":2", "\"seq\": 2"));
        write(lines);
        assertBreak(2, Reason.MALFORMED, "not in the canonical form");
    }

    @Test
    void findsADeletedLine() throws IOException {
        List<String> lines = lines();
        lines.remove(2);
        write(lines);
        assertBreak(3, Reason.DELETED, "expected seq 3; entries 3 are missing");
    }

    @Test
    void findsAForgedLineWithItsOwnHashRecomputed() throws IOException {
        List<String> lines = lines();
        String body = EntryFormat.body(3, Instant.now(), "permission.granted", new TreeMap<>(Map.of("tool", "shell")),
                "ab".repeat(32));
        lines.add(2, EntryFormat.line(body, EntryFormat.hash(body)));
        write(lines);
        assertBreak(3, Reason.INSERTED, "this entry was inserted or replaced");
    }

    @Test
    void findsTwoSwappedLines() throws IOException {
        List<String> lines = lines();
        String second = lines.get(1);
        lines.set(1, lines.get(2));
        lines.set(2, second);
        write(lines);
        assertBreak(2, Reason.REORDERED, "expected seq 2 here, which is on line 3");
    }

    @Test
    void findsATornLastLine() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        AuditVerification result = assertBreak(5, Reason.TORN_TAIL, "bytes after the last newline");
        assertEquals(4, result.intactEntries());
    }

    @Test
    void entriesRemovedFromTheEndAreOnlyFoundWithTheNotedHead() throws IOException {
        List<String> lines = lines();
        write(lines.subList(0, 3));
        assertTrue(AuditVerifier.verify(file).intact(), "without an anchor a shorter chain is a valid chain");
        AuditVerification result = AuditVerifier.verify(file, Optional.of(head));
        assertEquals(Reason.TRUNCATED, result.firstBreak().orElseThrow().reason());
        assertEquals("line 4 (seq 4): truncated: the log ends at seq 3 but the noted head is " + head
                + "; entries 4..5 were removed from the end", result.firstBreak().orElseThrow().toString());
    }

    @Test
    void aChainRewrittenFromTheStartIsFoundWithTheNotedHead() throws IOException {
        Files.delete(file);
        try (AuditLog log = AuditLog.open(file.getParent(), UnaryOperator.identity())) {
            for (int i = 1; i <= 5; i++) {
                log.append("tool.call", Map.of("tool", "calendar", "call", "rewritten " + i));
            }
        }
        assertTrue(AuditVerifier.verify(file).intact());
        AuditVerification result = AuditVerifier.verify(file, Optional.of(head));
        assertEquals(Reason.HEAD_MISMATCH, result.firstBreak().orElseThrow().reason());
        assertEquals(5, result.firstBreak().orElseThrow().line());
    }

    private AuditVerification assertBreak(long line, Reason reason, String detail) {
        AuditVerification result = AuditVerifier.verify(file);
        AuditVerification.Break found = result.firstBreak().orElseThrow(() -> new AssertionError("no break found"));
        assertEquals(reason, found.reason(), found.toString());
        assertEquals(line, found.line(), found.toString());
        assertTrue(found.detail().contains(detail), found.toString());
        assertEquals(line - 1, result.intactEntries(), found.toString());
        return result;
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void write(List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
