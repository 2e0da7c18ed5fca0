package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditHead;
import dev.pincer.runtime.audit.AuditLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path data;
    private AuditHead head;

    @BeforeEach
    void writeALog() {
        data = dir.resolve("data");
        try (AuditLog log = AuditLog.open(data, text -> text.replace("hunter2", "[REDACTED]"))) {
            log.append("permission.granted", Map.of("tool", "Calendar", "scope", "read"));
            log.append("tool.call", Map.of("tool", "shell", "arguments", "echo hunter2"));
            head = log.append("permission.revoked", Map.of("tool", "calendar"));
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void verifyOfAnIntactLogPrintsTheHeadToNote() {
        assertEquals(0, run("audit", "verify", "--data", data.toString()), err.toString());
        assertTrue(out.toString().contains("intact: 3 entries"), out.toString());
        assertTrue(out.toString().contains("head: " + head), out.toString());
        assertTrue(out.toString().contains("pincer audit verify --expect-head " + head), out.toString());
    }

    @Test
    void verifyNamesTheFirstBadEntryAndExitsOne() throws Exception {
        Path file = data.resolve("audit.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(1);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        assertEquals(1, run("audit", "verify", "--data", data.toString()));
        assertTrue(err.toString().contains("first bad entry: line 2 (seq 3): deleted: expected seq 2; entries 2 are missing"),
                err.toString());
        assertTrue(err.toString().contains("the 1 entries before it are intact"), err.toString());
    }

    @Test
    void verifyAgainstANotedHeadFindsEntriesRemovedFromTheEnd() throws Exception {
        Path file = data.resolve("audit.jsonl");
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\n", StandardCharsets.UTF_8);
        assertEquals(0, run("audit", "verify", "--data", data.toString()));
        assertEquals(1, run("audit", "verify", "--data", data.toString(), "--expect-head", head.toString()));
        assertTrue(err.toString().contains("truncated: the log ends at seq 2 but the noted head is " + head),
                err.toString());
    }

    @Test
    void verifyRejectsAMalformedHead() {
        assertEquals(2, run("audit", "verify", "--data", data.toString(), "--expect-head", "3"));
        assertTrue(err.toString().contains("pincer: expected an audit head as SEQ:HASH"), err.toString());
    }

    @Test
    void withoutALogEachCommandSaysSoAndExitsTwo() {
        String empty = dir.resolve("empty").toString();
        for (String[] args : List.of(new String[] {"audit", "verify", "--data", empty},
                new String[] {"audit", "tail", "--data", empty}, new String[] {"audit", "search", "x", "--data", empty})) {
            assertEquals(2, run(args), String.join(" ", args));
            assertTrue(err.toString().contains("pincer: there is no audit log at " + dir.resolve("empty/audit.jsonl")),
                    err.toString());
        }
    }

    @Test
    void tailPrintsTheLastLinesAsTheyAre() throws Exception {
        List<String> lines = Files.readAllLines(data.resolve("audit.jsonl"));
        assertEquals(0, run("audit", "tail", "-n", "2", "--data", data.toString()));
        assertEquals(lines.get(1) + System.lineSeparator() + lines.get(2) + System.lineSeparator(), out.toString());
    }

    @Test
    void searchMatchesKindAndDataIgnoringCaseAndNeverFindsARedactedSecret() {
        assertEquals(0, run("audit", "search", "CALENDAR", "--data", data.toString()));
        String[] found = out.toString().split(System.lineSeparator());
        assertEquals(2, found.length, out.toString());
        assertTrue(found[0].contains("\"seq\":1") && found[1].contains("\"seq\":3"), out.toString());
        assertEquals(0, run("audit", "search", "revoked", "--data", data.toString()));
        assertTrue(out.toString().contains("permission.revoked"), out.toString());
        assertEquals(0, run("audit", "search", "hunter2", "--data", data.toString()));
        assertEquals("", out.toString());
    }
}
