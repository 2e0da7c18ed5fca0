package dev.pincer.spi;

import java.util.Objects;

/**
 * An HTTP request that got no response: refused by the runtime, or failed on the network.
 *
 * <p>Its message never contains a secret.
 */
public final class EgressException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why no response arrived. */
    public enum Kind {
        /** The runtime refused the request: host not in the manifest, secret bound elsewhere, not https. Do not retry. */
        REFUSED,
        /** The connection could not be made, or was reset. Transient. */
        NETWORK,
        /** No complete response within the request's timeout. Transient. */
        TIMEOUT,
        /** The response was larger than the runtime allows. */
        TOO_LARGE
    }

    private final Kind kind;

    public EgressException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Why no response arrived. */
    public Kind kind() {
        return kind;
    }

    /** True for failures that may go away on retry ({@link Kind#NETWORK} and {@link Kind#TIMEOUT}). */
    public boolean transientFailure() {
        return switch (kind) {
            case NETWORK, TIMEOUT -> true;
            case REFUSED, TOO_LARGE -> false;
        };
    }
}
