package dev.pincer.runtime.store;

/**
 * The store's database could not be read or written, or belongs to a newer Pincer.
 *
 * <p>The message names the database file and what was being done. Nothing was changed by the call
 * that failed: every store operation is one transaction.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
