package dev.pincer.runtime.store;

/** Where an outbound message stands. */
public enum OutboxStatus {
    /** Waiting to be sent, or to be sent again after a retry-after. */
    PENDING,
    /** The channel reported it delivered. */
    DELIVERED,
    /** Given up on: refused by the platform or out of attempts; shown by {@code pincer status}. */
    DEAD
}
