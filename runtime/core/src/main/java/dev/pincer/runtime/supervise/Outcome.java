package dev.pincer.runtime.supervise;

/** How a supervised call ended; shared by the runtime's call supervisor and its inbound server. */
public sealed interface Outcome<T> {

    /** The call returned this value within its limit. */
    record Returned<T>(T value) implements Outcome<T> {}

    /** The call threw. */
    record Threw<T>(Throwable error) implements Outcome<T> {}

    /** The call overran its limit; {@code ended} tells whether it returned after the interrupt, within the grace. */
    record Overran<T>(boolean ended) implements Outcome<T> {}
}
