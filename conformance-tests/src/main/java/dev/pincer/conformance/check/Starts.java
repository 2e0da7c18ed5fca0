package dev.pincer.conformance.check;

import dev.pincer.spi.IntegrationException;

/** Starts an instance for a check and says, in words for a report, how the start ended. */
public final class Starts {
    private Starts() {}

    /**
     * Runs {@code start}.
     *
     * @return "" if it returned; "IntegrationException: message" if it threw one; otherwise the class and message
     *     of what it threw
     */
    public static String refusal(Runnable start) {
        try {
            start.run();
            return "";
        } catch (IntegrationException e) {
            return "IntegrationException: " + e.getMessage();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
