package dev.pincer.runtime.context;

import dev.pincer.spi.EgressException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/** Turns what went wrong in an exchange into an {@link EgressException} with a message composed here. */
final class EgressFailures {

    private EgressFailures() {}

    static EgressException timeout(String shown, Duration timeout) {
        return new EgressException(EgressException.Kind.TIMEOUT,
                shown + " failed: no complete response within " + seconds(timeout));
    }

    static EgressException stopping(String shown) {
        return new EgressException(EgressException.Kind.NETWORK, shown + " cancelled: the integration is stopping");
    }

    static EgressException of(Throwable failure, String shown, Duration timeout, boolean stopping) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        cause = mostTelling(cause);
        if (stopping || cause instanceof CancellationException) {
            return stopping(shown);
        }
        return switch (cause) {
            case BoundedBodyHandler.TooLarge tooLarge ->
                    new EgressException(EgressException.Kind.TOO_LARGE, shown + " failed: " + tooLarge.getMessage());
            case HttpConnectTimeoutException connect -> new EgressException(EgressException.Kind.TIMEOUT,
                    shown + " failed: could not connect within " + seconds(Duration.ofSeconds(10)));
            case HttpTimeoutException slow -> timeout(shown, timeout);
            case ConnectException refused -> new EgressException(EgressException.Kind.NETWORK,
                    shown + " failed: " + lower(refused.getMessage(), "connection refused"));
            case IOException io -> new EgressException(EgressException.Kind.NETWORK,
                    shown + " failed: " + lower(io.getMessage(), io.getClass().getSimpleName()));
            default -> new EgressException(EgressException.Kind.NETWORK,
                    shown + " failed: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        };
    }

    /** The first cause in the chain this class has a specific message for, else {@code failure} itself. */
    private static Throwable mostTelling(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBodyHandler.TooLarge || cause instanceof HttpTimeoutException
                    || cause instanceof ConnectException || cause instanceof CancellationException) {
                return cause;
            }
        }
        return failure;
    }

    private static String lower(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
