package dev.pincer.spi;

import java.util.random.RandomGenerator;

/**
 * What every integration may use: the capabilities its manifest grants, and nothing else.
 *
 * <p>Implementations are thread-safe.
 */
public interface IntegrationContext {

    /** The integration's name, as its manifest declares it. */
    String name();

    /** HTTP egress, limited to the hosts the manifest names. */
    Http http();

    /** Secrets the manifest names, as opaque placeholders bound to their hosts. */
    Secrets secrets();

    /** The only clock the integration may read or wait on. */
    Clock clock();

    /** A source of randomness, for example for retry jitter; seeded by the conformance suite. */
    RandomGenerator random();

    /** The integration's log; the runtime redacts secrets from every line. */
    Log log();

    /** Durable key-value state that survives restarts. */
    State state();

    /** The owner's configuration for this integration. */
    Config config();
}
