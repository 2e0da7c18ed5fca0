package example.slack;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.WebhookHandler;
import dev.pincer.spi.WebhookRequest;
import dev.pincer.spi.WebhookResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.util.Optional;

/**
 * Answers Slack's Events API requests: verifies them, answers {@code url_verification}, and hands
 * message events to the inbox before acknowledging them.
 *
 * <p>Slack retries a request that is not answered 2xx within 3 s, so the handler never waits: it
 * answers 200 once the inbox accepted the message (or it decided not to deliver it), and 503 when
 * the inbox is unavailable, so that Slack delivers the event again later.
 */
final class EventsEndpoint implements WebhookHandler {
    private final ChannelContext context;
    private final RequestVerifier verifier;
    private final BotIdentity bot;

    EventsEndpoint(ChannelContext context, BotIdentity bot) {
        this.context = context;
        this.verifier = new RequestVerifier(context.secrets(), context.clock());
        this.bot = bot;
    }

    @Override
    public WebhookResponse handle(WebhookRequest request) {
        if (!request.method().equals("POST")) {
            return WebhookResponse.status(405);
        }
        Optional<String> problem = verifier.problem(request);
        if (problem.isPresent()) {
            context.log().warn("refused a request to the Slack events endpoint: " + problem.get());
            return WebhookResponse.text(401, "invalid request signature");
        }
        JsonObject body;
        try {
            body = Json.parseObject(request.bodyText());
        } catch (JsonException e) {
            context.log().warn("acknowledged a signed Slack request whose body is not JSON");
            return WebhookResponse.ok();
        }
        String type = body.optString("type").orElse("");
        if (type.equals("url_verification")) {
            return WebhookResponse.text(200, body.optString("challenge").orElse(""));
        }
        if (!type.equals("event_callback")) {
            return WebhookResponse.ok();
        }
        return deliver(body);
    }

    private WebhookResponse deliver(JsonObject callback) {
        Optional<InboundMessage> message;
        String eventId = callback.optString("event_id").orElse("(none)");
        try {
            JsonObject event = callback.object("event");
            if (!event.optString("type").orElse("").equals("message")) {
                return WebhookResponse.ok();
            }
            message = EventMapper.map(callback.string("event_id"), event, bot);
        } catch (RuntimeException e) {
            context.log().warn("acknowledged Slack event " + eventId + " without delivering it: it cannot be read");
            return WebhookResponse.ok();
        }
        if (message.isEmpty()) {
            return WebhookResponse.ok();
        }
        Acceptance answer = context.inbox().deliver(message.get());
        return switch (answer) {
            case Acceptance.Accepted accepted -> WebhookResponse.ok();
            case Acceptance.Duplicate duplicate -> WebhookResponse.ok();
            // Not acknowledged: Slack retries the event (after about 1 and 5 minutes).
            case Acceptance.Unavailable unavailable -> WebhookResponse.text(503, "try again later");
        };
    }
}
