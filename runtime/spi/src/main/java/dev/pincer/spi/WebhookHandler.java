package dev.pincer.spi;

/** Answers one inbound webhook request. */
@FunctionalInterface
public interface WebhookHandler {

    /**
     * Handles one request and returns the response to send at once.
     *
     * <p>Called on a runtime thread, possibly concurrently with other requests, {@code receive} and
     * {@code send}. Platforms give a short deadline (Slack: 3 s); the runtime answers
     * {@code 503 Service Unavailable} itself to a handler that takes longer than
     * {@link WebhookRequest#DEADLINE}, so acknowledge fast: verify the request, hand the message to
     * the inbox, and return.
     *
     * @throws InterruptedException if the runtime is stopping
     */
    WebhookResponse handle(WebhookRequest request) throws InterruptedException;
}
