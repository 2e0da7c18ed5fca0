package dev.pincer.runtime.context;

import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.Clock;
import dev.pincer.spi.Config;
import dev.pincer.spi.Http;
import dev.pincer.spi.Inbox;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Webhooks;
import dev.pincer.spi.Log;
import dev.pincer.spi.Secrets;
import dev.pincer.spi.State;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A channel's context made of the pieces it is built with. Immutable once built; thread-safe if its pieces are. */
public final class SimpleChannelContext implements ChannelContext {

    private final String name;
    private final Http http;
    private final Secrets secrets;
    private final Clock clock;
    private final RandomGenerator random;
    private final Log log;
    private final State state;
    private final Config config;
    private final Inbox inbox;
    private final Webhooks webhooks;

    private SimpleChannelContext(Builder builder) {
        this.name = builder.name;
        this.http = builder.http;
        this.secrets = builder.secrets;
        this.clock = builder.clock;
        this.random = builder.random;
        this.log = builder.log;
        this.state = builder.state;
        this.config = builder.config;
        this.inbox = builder.inbox;
        this.webhooks = builder.webhooks;
    }

    /** A builder on which every piece must be set before {@link Builder#build}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Http http() {
        return http;
    }

    @Override
    public Secrets secrets() {
        return secrets;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public Log log() {
        return log;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public Inbox inbox() {
        return inbox;
    }

    @Override
    public Webhooks webhooks() {
        return webhooks;
    }

    @Override
    public String toString() {
        return "SimpleChannelContext[" + name + "]";
    }

    /** Collects the pieces of a {@link SimpleChannelContext}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Http http;
        private Secrets secrets;
        private Clock clock;
        private RandomGenerator random;
        private Log log;
        private State state;
        private Config config;
        private Inbox inbox;
        private Webhooks webhooks = (path, handler) -> {
            throw new IntegrationException("this runtime serves no webhooks, so '" + path + "' cannot be registered;"
                    + " configure the inbound server to receive pushed events");
        };

        private Builder() {}

        /** The integration's name, as its manifest declares it. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The HTTP egress, usually an {@link Egress}. */
        public Builder http(Http http) {
            this.http = http;
            return this;
        }

        /** The secrets, usually {@link SecretVault#secrets()}. */
        public Builder secrets(Secrets secrets) {
            this.secrets = secrets;
            return this;
        }

        /** The clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The source of randomness. */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /** The log, usually a {@link RecordingLog}. */
        public Builder log(Log log) {
            this.log = log;
            return this;
        }

        /** The durable state, usually a {@link SqliteState}. */
        public Builder state(State state) {
            this.state = state;
            return this;
        }

        /** The configuration, usually a {@link MapConfig}. */
        public Builder config(Config config) {
            this.config = config;
            return this;
        }

        /** The inbound endpoints; without one, registering a webhook throws {@link IntegrationException}. */
        public Builder webhooks(Webhooks webhooks) {
            this.webhooks = java.util.Objects.requireNonNull(webhooks, "webhooks");
            return this;
        }

        /** Where the channel delivers inbound messages. */
        public Builder inbox(Inbox inbox) {
            this.inbox = inbox;
            return this;
        }

        /**
         * The context.
         *
         * @throws IllegalStateException if a piece is not set; the message names every missing one
         */
        public SimpleChannelContext build() {
            List<String> missing = new ArrayList<>();
            check(name, "name", missing);
            check(http, "http", missing);
            check(secrets, "secrets", missing);
            check(clock, "clock", missing);
            check(random, "random", missing);
            check(log, "log", missing);
            check(state, "state", missing);
            check(config, "config", missing);
            check(inbox, "inbox", missing);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a channel context needs every piece, but " + String.join(", ", missing)
                        + (missing.size() == 1 ? " is" : " are") + " not set; set "
                        + (missing.size() == 1 ? "it" : "them") + " on the builder before build()");
            }
            if (name.isBlank()) {
                throw new IllegalStateException("a channel context needs the integration's name, but it is blank");
            }
            return new SimpleChannelContext(this);
        }

        private static void check(Object piece, String pieceName, List<String> missing) {
            if (piece == null) {
                missing.add(pieceName);
            }
        }
    }
}
