package dev.pincer.runtime.audit;

import dev.pincer.runtime.audit.AuditVerification.Break;
import dev.pincer.runtime.audit.AuditVerification.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Checks a whole audit log file against the rules of {@link AuditLog} and names the first entry that breaks them. */
public final class AuditVerifier {

    private AuditVerifier() {}

    /** Verifies {@code file} with no external anchor: entries removed from the end cannot be seen this way. */
    public static AuditVerification verify(Path file) {
        return verify(file, Optional.empty());
    }

    /**
     * Verifies {@code file}; with {@code expectedHead}, also that the log reaches that entry with that hash.
     *
     * @throws UncheckedIOException if the file cannot be read (for example, it does not exist)
     */
    public static AuditVerification verify(Path file, Optional<AuditHead> expectedHead) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expectedHead, "expectedHead");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file + ": " + e, e);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        boolean torn = start < bytes.length;
        List<Object> parsed = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                parsed.add(EntryFormat.parse(line));
            } catch (IllegalArgumentException e) {
                parsed.add(e.getMessage());
            }
        }
        List<AuditEntry> good = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Optional<Break> broken = check(parsed, i, good);
            if (broken.isPresent()) {
                return result(good, broken);
            }
            good.add((AuditEntry) parsed.get(i));
        }
        if (torn) {
            return result(good, Optional.of(new Break(lines.size() + 1, Optional.empty(), Reason.TORN_TAIL,
                    (bytes.length - start) + " bytes after the last newline, probably a crash while appending")));
        }
        return result(good, expectedHead.flatMap(head -> checkHead(good, head)));
    }

    private static Optional<Break> check(List<Object> parsed, int index, List<AuditEntry> good) {
        long line = index + 1;
        if (!(parsed.get(index) instanceof AuditEntry entry)) {
            return Optional.of(new Break(line, Optional.empty(), Reason.MALFORMED, "not an audit entry: " + parsed.get(index)));
        }
        Optional<Long> seq = Optional.of(entry.seq());
        if (!EntryFormat.hashMatches(entry)) {
            return Optional.of(new Break(line, seq, Reason.EDITED, "the entry does not match its hash " + entry.hash()));
        }
        long expected = good.size() + 1;
        String prev = good.isEmpty() ? EntryFormat.GENESIS : good.getLast().hash();
        if (entry.seq() < expected) {
            return Optional.of(new Break(line, seq, Reason.INSERTED, "seq " + entry.seq() + " was already taken by line "
                    + entry.seq() + "; expected seq " + expected));
        }
        if (entry.seq() > expected) {
            for (int later = index + 1; later < parsed.size(); later++) {
                if (parsed.get(later) instanceof AuditEntry other && other.seq() == expected) {
                    return Optional.of(new Break(line, seq, Reason.REORDERED, "expected seq " + expected
                            + " here, which is on line " + (later + 1)));
                }
            }
            return Optional.of(new Break(line, seq, Reason.DELETED, "expected seq " + expected + "; entries "
                    + expected + (entry.seq() - 1 > expected ? ".." + (entry.seq() - 1) : "") + " are missing"));
        }
        if (!entry.prev().equals(prev)) {
            return Optional.of(new Break(line, seq, Reason.INSERTED, "prev is " + entry.prev() + " but the entry before"
                    + " has hash " + prev + "; this entry was inserted or replaced"));
        }
        return Optional.empty();
    }

    private static Optional<Break> checkHead(List<AuditEntry> entries, AuditHead head) {
        if (head.seq() > entries.size()) {
            return Optional.of(new Break(entries.size() + 1, Optional.of((long) entries.size() + 1), Reason.TRUNCATED,
                    "the log ends at seq " + entries.size() + " but the noted head is " + head + "; entries "
                            + (entries.size() + 1) + ".." + head.seq() + " were removed from the end"));
        }
        AuditEntry entry = entries.get((int) head.seq() - 1);
        if (!entry.hash().equals(head.hash())) {
            return Optional.of(new Break(head.seq(), Optional.of(head.seq()), Reason.HEAD_MISMATCH, "the noted head is "
                    + head + " but this entry's hash is " + entry.hash() + "; the log was rewritten up to here"));
        }
        return Optional.empty();
    }

    private static AuditVerification result(List<AuditEntry> good, Optional<Break> broken) {
        return new AuditVerification(good.size(),
                good.isEmpty() ? Optional.empty() : Optional.of(new AuditHead(good.getLast().seq(), good.getLast().hash())),
                broken);
    }
}
