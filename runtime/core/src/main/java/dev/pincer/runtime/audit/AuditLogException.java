package dev.pincer.runtime.audit;

/** The audit log cannot be opened or appended to; the message says which file, why, and how to repair it. */
public final class AuditLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AuditLogException(String message) {
        super(message);
    }

    AuditLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
