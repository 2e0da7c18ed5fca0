package dev.pincer.runtime.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuditVerifier} found: how many entries are intact from the start, the last intact one, and the first
 * break in the chain, if any.
 *
 * @param intactEntries entries from the start up to the first break (all of them if there is none)
 * @param head the last of those entries; empty if there is none
 * @param firstBreak the first bad entry; empty if the log is intact
 */
public record AuditVerification(long intactEntries, Optional<AuditHead> head, Optional<Break> firstBreak) {

    /** Validates the result. */
    public AuditVerification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    /** Whether no break was found. */
    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** Why an entry breaks the chain. */
    public enum Reason {
        /** The line is not an entry in the canonical form (damaged, or edited by hand). */
        MALFORMED,
        /** The entry does not match its own hash. */
        EDITED,
        /** Sequence numbers jump: entries are missing before this one. */
        DELETED,
        /** The entry does not follow from the one before (wrong {@code prev}, or a second entry with a seen seq). */
        INSERTED,
        /** An entry appears before one that should precede it. */
        REORDERED,
        /** The file ends in an incomplete line. */
        TORN_TAIL,
        /** The log ends before the head the owner noted: complete entries were removed from the end. */
        TRUNCATED,
        /** The entry at the noted head's seq has another hash: the log was rewritten from there or earlier. */
        HEAD_MISMATCH
    }

    /**
     * The first bad entry.
     *
     * @param line its 1-based line number in the file (for {@link Reason#TRUNCATED}: the line the missing entry
     *     would have had)
     * @param seq its sequence number, if it could be read
     * @param reason why it breaks the chain
     * @param detail what was expected and what was found
     */
    public record Break(long line, Optional<Long> seq, Reason reason, String detail) {

        /** Validates the break. */
        public Break {
            Objects.requireNonNull(seq, "seq");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return "line " + line + seq.map(s -> " (seq " + s + ")").orElse("") + ": "
                    + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + detail;
        }
    }
}
