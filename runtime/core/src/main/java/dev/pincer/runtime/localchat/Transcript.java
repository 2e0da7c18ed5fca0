package dev.pincer.runtime.localchat;

import dev.pincer.runtime.localchat.TranscriptEntry.Role;
import dev.pincer.spi.Log;
import dev.pincer.spi.State;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The local chat's last {@link #CAPACITY} entries, kept in memory and, one key per entry, in the channel's state,
 * so that a page opened after a restart still shows recent history.
 *
 * <p>Saving is best effort: the durable record of the conversation is the router's store, so an entry that cannot
 * be saved is still shown and the failure is logged. Thread-safe; waiting uses a {@link ReentrantLock}, so long
 * polls on virtual threads do not pin their carrier.
 */
final class Transcript {

    /** How many entries are kept. */
    static final int CAPACITY = 500;

    /** What {@link #after} returns: the entries after the asked position and the newest position. */
    record Slice(List<TranscriptEntry> entries, long latest) {
        Slice {
            entries = List.copyOf(entries);
        }
    }

    private static final String NEXT_KEY = "transcript.next";
    private static final int MAX_SAVED_BYTES = 60 * 1024;

    private final State state;
    private final Log log;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<TranscriptEntry> entries = new ArrayDeque<>();
    private long latest;
    private boolean closed;

    private Transcript(State state, Log log) {
        this.state = state;
        this.log = log;
    }

    /** The transcript saved in {@code state}, or an empty one. */
    static Transcript load(State state, Log log) {
        Transcript transcript = new Transcript(state, log);
        long next = state.get(NEXT_KEY).map(Transcript::parsePosition).orElse(1L);
        for (long seq = Math.max(1, next - CAPACITY); seq < next; seq++) {
            long position = seq;
            state.get(key(seq)).flatMap(json -> transcript.parse(position, json)).ifPresent(transcript.entries::addLast);
        }
        transcript.latest = next - 1;
        return transcript;
    }

    /** Adds what the owner wrote. */
    TranscriptEntry appendOwner(String inboundId, String text, Instant at) {
        lock.lock();
        try {
            return add(Role.OWNER, text, at, inboundId, Optional.empty());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds an assistant reply once per outbound message id.
     *
     * @return the position of the entry that shows {@code messageId}: a new one, or the earlier one for a resend
     */
    long appendAssistant(String messageId, String text, Instant at, Optional<String> inReplyTo) {
        lock.lock();
        try {
            for (TranscriptEntry entry : entries) {
                if (entry.role() == Role.ASSISTANT && entry.messageId().equals(Optional.of(messageId))) {
                    return entry.seq();
                }
            }
            return add(Role.ASSISTANT, text, at, messageId, inReplyTo).seq();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The entries after position {@code seq}, waiting up to {@code wait} of real time for one to arrive.
     *
     * <p>Returns at once when there are entries after {@code seq}, when {@code seq} is beyond the newest position
     * (the asker's view is stale, for example after the state was reset), or when the transcript is closed.
     */
    Slice after(long seq, Duration wait) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = wait.toNanos();
            while (!closed && latest == seq && left > 0) {
                left = changed.awaitNanos(left);
            }
            return new Slice(entries.stream().filter(entry -> entry.seq() > seq).toList(), latest);
        } finally {
            lock.unlock();
        }
    }

    /** The newest position; 0 when nothing was ever written. */
    long latest() {
        lock.lock();
        try {
            return latest;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting {@link #after}, which from now on returns at once. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private TranscriptEntry add(Role role, String text, Instant at, String messageId, Optional<String> inReplyTo) {
        TranscriptEntry entry = new TranscriptEntry(latest + 1, role, text, at, Optional.of(messageId), inReplyTo);
        latest = entry.seq();
        entries.addLast(entry);
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
        save(entry);
        changed.signalAll();
        return entry;
    }

    private void save(TranscriptEntry entry) {
        try {
            state.put(key(entry.seq()), fitted(entry));
            state.put(NEXT_KEY, Long.toString(entry.seq() + 1));
            if (entry.seq() > CAPACITY) {
                state.remove(key(entry.seq() - CAPACITY));
            }
        } catch (RuntimeException e) {
            log.warn("local chat: entry " + entry.seq() + " is shown but could not be saved for after a restart: "
                    + e.getMessage());
        }
    }

    /** The entry as JSON of at most {@link #MAX_SAVED_BYTES}, its text cut if needed. */
    private static String fitted(TranscriptEntry entry) {
        String json = entry.toStateJson().toString();
        int length = entry.text().length();
        while (json.getBytes(StandardCharsets.UTF_8).length > MAX_SAVED_BYTES) {
            length /= 2;
            json = entry.truncated(length).toStateJson().toString();
        }
        return json;
    }

    private Optional<TranscriptEntry> parse(long seq, String json) {
        try {
            return Optional.of(TranscriptEntry.fromStateJson(Json.parseObject(json)));
        } catch (JsonException | IllegalArgumentException | DateTimeParseException e) {
            log.warn("local chat: saved entry " + seq + " is damaged and not shown: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static long parsePosition(String text) {
        try {
            return Math.max(1, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String key(long seq) {
        return "transcript." + seq;
    }

    @Override
    public String toString() {
        return "Transcript[latest " + latest() + "]";
    }
}
