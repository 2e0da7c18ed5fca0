package dev.pincer.runtime.store;

import java.util.Locale;

/** Where a request for the owner's approval stands; only a pending one can still be answered. */
public enum ApprovalStatus {
    PENDING, APPROVED, DENIED, EXPIRED;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ApprovalStatus of(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
