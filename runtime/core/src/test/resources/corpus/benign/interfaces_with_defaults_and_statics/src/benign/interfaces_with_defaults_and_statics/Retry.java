package benign.interfaces_with_defaults_and_statics;

import java.util.Arrays;

@FunctionalInterface
public interface Retry {
    boolean shouldRetry(int status);

    default Retry or(Retry other) {
        return status -> shouldRetry(status) || other.shouldRetry(status);
    }

    static Retry serverErrors() {
        return status -> status >= 500;
    }

    static Retry of(int... statuses) {
        int[] copy = Arrays.copyOf(statuses, statuses.length);
        Arrays.sort(copy);
        return status -> Arrays.binarySearch(copy, status) >= 0;
    }
}
