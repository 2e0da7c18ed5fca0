package dev.pincer.runtime.audit;

import dev.pincer.runtime.secrets.DataDirectory;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The tamper-evident, append-only audit log {@code <data>/audit.jsonl}: one JSON object per line, each chained
 * to the one before by its hash.
 *
 * <h2>Format and hashing rule</h2>
 * Each line is exactly {@code {"seq":N,"at":"INSTANT","kind":"KIND","data":{...},"prev":"PREV","hash":"HASH"}}
 * followed by {@code \n}, with no spaces, members in this order, {@code data} keys in ascending {@link String}
 * order and all values strings; {@code at} is {@link Instant#toString()}; in strings only {@code "} and
 * {@code \} are escaped (as {@code \"} and {@code \\}) and characters below U+0020 as {@code \}{@code u00xx}
 * (lowercase hex); everything else is written as itself in UTF-8. {@code seq} is 1 for the first entry and 1 more
 * for each next one. {@code HASH} is the lowercase hex SHA-256 of the UTF-8 bytes of the same line with the
 * {@code ,"hash":"HASH"} member left out (so ending in {@code "prev":"PREV"}}). {@code PREV} is the previous
 * entry's {@code HASH}, and 64 zeros for the first entry. A line not in exactly this form is not an entry.
 *
 * <h2>Durability, threads, secrets</h2>
 * {@link #append} returns only after the line is written and forced to the disk ({@code fsync}); appends from many
 * threads are serialized. The file is written through a stream, not an interruptible channel: an append by a thread
 * that is interrupted (a call cut short at its time limit, a shutdown) still completes, and does not close the log
 * for every other thread as an interrupted {@code FileChannel} would. Every data value passes through the redaction given at open before it
 * is written; the kind and data keys are the runtime's own words and are written as given. The file is created
 * rw-------.
 *
 * <h2>A torn last line</h2>
 * A crash while appending can leave the file ending without a newline. Opening such a log fails with an
 * {@link AuditLogException} that says how to check the rest ({@code pincer audit verify}) and the exact
 * {@code truncate} command that cuts the torn bytes. The log never repairs itself: the torn bytes may be the
 * only trace of what happened, and silently cutting them would also hide an attacker's partial edit.
 *
 * <h2>What the chain can and cannot show</h2>
 * Editing, deleting, inserting or reordering entries, and a torn end, are found by {@link AuditVerifier}. Removing
 * complete entries from the END leaves a shorter valid chain and cannot be found from the file alone; the anchor
 * for that is {@link #head()}, which the owner can note elsewhere and pass to
 * {@code pincer audit verify --expect-head SEQ:HASH}. Someone who can write the file can also rewrite the whole
 * chain; only an anchor kept outside their reach shows that.
 */
public final class AuditLog implements AutoCloseable {
    /** The log's file name in the data directory. */
    public static final String FILE_NAME = "audit.jsonl";

    private final Path file;
    private final FileOutputStream out;
    private final UnaryOperator<String> redact;
    private final Clock clock;
    private Optional<AuditHead> head;
    private String failure;

    private AuditLog(Path file, FileOutputStream out, UnaryOperator<String> redact, Clock clock, Optional<AuditHead> head) {
        this.file = file;
        this.out = out;
        this.redact = redact;
        this.clock = clock;
        this.head = head;
    }

    /** Opens (or creates) {@code <dataDir>/audit.jsonl}, stamping entries with the system clock. */
    public static AuditLog open(Path dataDir, UnaryOperator<String> redact) {
        return open(dataDir, redact, Clock.systemUTC());
    }

    /**
     * Opens (or creates, with the data directory) {@code <dataDir>/audit.jsonl} and continues its chain.
     *
     * @param redact applied to every data value before it is written
     * @throws AuditLogException if the file ends in a torn line or its last entry is not intact; the message says
     *     how to check and repair it
     */
    public static AuditLog open(Path dataDir, UnaryOperator<String> redact, Clock clock) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(redact, "redact");
        Objects.requireNonNull(clock, "clock");
        Path file = DataDirectory.create(dataDir).resolve(FILE_NAME);
        try {
            createOwnerOnly(file);
            Optional<AuditHead> head;
            try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
                head = tail(file, reader, dataDir);
            }
            return new AuditLog(file, new FileOutputStream(file.toFile(), true), redact, clock, head);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends one entry and returns the new head once the entry is on the disk.
     *
     * @param kind what happened, such as {@code "permission.granted"}; not blank
     * @param data the details; each value is redacted before it is written
     * @throws AuditLogException if an earlier append failed half-way or the log is closed
     */
    public synchronized AuditHead append(String kind, Map<String, String> data) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("an audit entry's kind must not be blank, was '" + kind + "'");
        }
        if (failure != null) {
            throw new AuditLogException("the audit log " + file + " takes no more entries: " + failure);
        }
        SortedMap<String, String> redacted = new TreeMap<>();
        data.forEach((key, value) -> redacted.put(Objects.requireNonNull(key, "data key"),
                Objects.requireNonNull(redact.apply(Objects.requireNonNull(value, "data value of " + key)),
                        "redacted value of " + key)));
        long seq = head.map(AuditHead::seq).orElse(0L) + 1;
        String body = EntryFormat.body(seq, clock.instant(), kind, redacted,
                head.map(AuditHead::hash).orElse(EntryFormat.GENESIS));
        String hash = EntryFormat.hash(body);
        byte[] bytes = (EntryFormat.line(body, hash) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
            out.getFD().sync();
        } catch (IOException e) {
            failure = "appending entry " + seq + " failed (" + e.getMessage() + "); check it with pincer audit verify";
            throw new AuditLogException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
        AuditHead appended = new AuditHead(seq, hash);
        head = Optional.of(appended);
        return appended;
    }

    /** The last entry's sequence number and hash, for the owner to note outside the log; empty while it is empty. */
    public synchronized Optional<AuditHead> head() {
        return head;
    }

    /** The log's file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        failure = "it is closed";
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException e) {
                // Not every platform can sync a directory; the first entry's own force still holds its content.
            }
        } catch (FileAlreadyExistsException e) {
            // continue the existing chain
        }
    }

    private static Optional<AuditHead> tail(Path file, FileChannel channel, Path dataDir) throws IOException {
        long size = channel.size();
        long complete = LogTail.completeLength(channel);
        if (complete != size) {
            throw new AuditLogException("the audit log " + file + " ends in an incomplete entry (" + (size - complete)
                    + " bytes after the last complete line), probably from a crash while appending; nothing more is"
                    + " appended until it is repaired. Check the rest with: pincer audit verify --data " + dataDir
                    + " ; then keep a copy and cut the torn bytes with: truncate -s " + complete + " " + file);
        }
        Optional<String> last = LogTail.lastLine(channel, complete);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        AuditEntry entry;
        try {
            entry = EntryFormat.parse(last.get());
        } catch (IllegalArgumentException e) {
            throw new AuditLogException("the last line of the audit log " + file + " is not an audit entry ("
                    + e.getMessage() + "); find the first bad entry with: pincer audit verify --data " + dataDir);
        }
        if (!EntryFormat.hashMatches(entry)) {
            throw new AuditLogException("the last entry (seq " + entry.seq() + ") of the audit log " + file
                    + " does not match its hash, so it was edited; find the first bad entry with: pincer audit verify --data "
                    + dataDir);
        }
        return Optional.of(new AuditHead(entry.seq(), entry.hash()));
    }
}
