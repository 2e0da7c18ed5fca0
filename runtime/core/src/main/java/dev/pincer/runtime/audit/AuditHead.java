package dev.pincer.runtime.audit;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last entry of an audit log, as {@code SEQ:HASH}: an anchor the owner notes outside the log, so that a later
 * {@code pincer audit verify --expect-head SEQ:HASH} also detects entries removed from the end.
 *
 * @param seq the entry's sequence number, 1 or more
 * @param hash the entry's hash, 64 lowercase hex digits
 */
public record AuditHead(long seq, String hash) {
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,18}):([0-9a-f]{64})");

    /** Validates the head. */
    public AuditHead {
        Objects.requireNonNull(hash, "hash");
        if (seq < 1 || !EntryFormat.isHash(hash)) {
            throw new IllegalArgumentException("an audit head is a sequence number >= 1 and 64 lowercase hex digits, was "
                    + seq + ":" + hash);
        }
    }

    /** Parses {@code SEQ:HASH}, as {@link #toString()} writes it. */
    public static AuditHead parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected an audit head as SEQ:HASH (such as 12:" + "0".repeat(64)
                    + "), was '" + text + "'");
        }
        return new AuditHead(Long.parseLong(matcher.group(1)), matcher.group(2));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
