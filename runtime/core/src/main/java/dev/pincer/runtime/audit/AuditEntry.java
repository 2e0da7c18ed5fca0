package dev.pincer.runtime.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of the audit log, as read back from its line.
 *
 * @param seq the sequence number: 1 for the first entry, each next one 1 more
 * @param at when it was appended
 * @param kind what happened, such as {@code "permission.granted"}
 * @param data the details, already redacted, in key order
 * @param prev the previous entry's hash, or {@link EntryFormat#GENESIS} for the first
 * @param hash this entry's hash (see {@link AuditLog} for the rule)
 */
public record AuditEntry(long seq, Instant at, String kind, SortedMap<String, String> data, String prev, String hash) {

    /** Validates the entry and freezes its data. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prev, "prev");
        Objects.requireNonNull(hash, "hash");
        data = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(data, "data")));
    }

    /**
     * Reads one line of the log (without its newline) as an entry, without checking its hash or its place in the
     * chain ({@link AuditVerifier} does that).
     *
     * @throws IllegalArgumentException saying why the line is not an entry in the canonical form
     */
    public static AuditEntry parse(String line) {
        return EntryFormat.parse(Objects.requireNonNull(line, "line"));
    }

    /** Whether {@code text} occurs in the kind, a data key or a data value, ignoring case. */
    public boolean mentions(String text) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        if (kind.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
            return true;
        }
        for (Map.Entry<String, String> entry : data.entrySet()) {
            if (entry.getKey().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || entry.getValue().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
