package dev.pincer.spi;

/** The context of a {@link Channel}: everything an integration gets, plus the inbox it delivers to. */
public interface ChannelContext extends IntegrationContext {

    /** Where the channel hands inbound messages to the runtime. */
    Inbox inbox();

    /** Inbound HTTP endpoints, for platforms that push events to the channel. */
    Webhooks webhooks();
}
