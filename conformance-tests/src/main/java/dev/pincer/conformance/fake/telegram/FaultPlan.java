package dev.pincer.conformance.fake.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which faults the next calls of each method get: queued ones first (in order), then a standing one.
 *
 * <p>Method names are case-insensitive; {@code "*"} matches every method. Thread-safe.
 */
final class FaultPlan {
    static final String ANY_METHOD = "*";

    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final Map<String, Fault> always = new HashMap<>();

    synchronized void failNext(String method, Fault fault) {
        queued.computeIfAbsent(key(method), k -> new ArrayDeque<>()).addLast(Objects.requireNonNull(fault, "fault"));
    }

    synchronized void failAlways(String method, Fault fault) {
        always.put(key(method), Objects.requireNonNull(fault, "fault"));
    }

    synchronized void clear() {
        queued.clear();
        always.clear();
    }

    /** The fault for this call of {@code method} (lower-cased), consuming a queued one; empty when none applies. */
    synchronized Optional<Fault> take(String method) {
        for (String key : new String[] {method, ANY_METHOD}) {
            Deque<Fault> faults = queued.get(key);
            if (faults != null && !faults.isEmpty()) {
                return Optional.of(faults.removeFirst());
            }
        }
        Fault standing = always.get(method);
        return Optional.ofNullable(standing != null ? standing : always.get(ANY_METHOD));
    }

    private static String key(String method) {
        Objects.requireNonNull(method, "method");
        if (method.isBlank() || method.contains("/")) {
            throw new IllegalArgumentException("a fault needs a Bot API method name such as \"getUpdates\" or \""
                    + ANY_METHOD + "\" for every method, was \"" + method + "\"");
        }
        return method.toLowerCase(Locale.ROOT);
    }

    /** The answer a fault gives in place of the normal one; empty for faults without an answer of their own. */
    static Optional<Answer> answer(Fault fault) {
        return switch (fault) {
            case Fault.TooManyRequests t -> Optional.of(
                    ApiError.tooManyRequests(t.retryAfterSeconds(), t.header(), t.body()).toAnswer());
            case Fault.ServerError s -> Optional.of(ApiError.serverError(s.status()).toAnswer());
            case Fault.Malformed m -> Optional.of(new Answer(200, Map.of(), m.body()));
            case Fault.Unauthorized u -> Optional.of(ApiError.unauthorized().toAnswer());
            case Fault.Conflict c -> Optional.of(ApiError.conflict(ApiError.CONFLICT_OTHER_POLL).toAnswer());
            case Fault.BadRequest b -> Optional.of(ApiError.badRequest(b.description()).toAnswer());
            case Fault.Forbidden f -> Optional.of(ApiError.forbidden(f.description()).toAnswer());
            case Fault.ConnectionReset r -> Optional.empty();
            case Fault.Slow s -> Optional.empty();
        };
    }
}
