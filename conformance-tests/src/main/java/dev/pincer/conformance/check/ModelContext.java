package dev.pincer.conformance.check;

import dev.pincer.spi.Clock;
import dev.pincer.spi.Config;
import dev.pincer.spi.Http;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Log;
import dev.pincer.spi.Secrets;
import dev.pincer.spi.State;
import java.util.random.RandomGenerator;

/** The context a model under test gets: the capabilities of {@link IntegrationContext}, and no more. */
record ModelContext(String name, Http http, Secrets secrets, Clock clock, RandomGenerator random, Log log, State state,
        Config config) implements IntegrationContext {}
