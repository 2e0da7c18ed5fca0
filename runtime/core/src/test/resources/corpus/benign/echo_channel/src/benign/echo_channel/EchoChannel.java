package benign.echo_channel;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.Content;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.Secret;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class EchoChannel implements Channel {
    private static final Duration POLL = Duration.ofSeconds(25);

    private ChannelContext context;
    private Secret token;
    private volatile boolean stopped;

    @Override
    public void start(ChannelContext context) {
        this.context = context;
        this.token = context.secrets().get("bot_token");
        context.log().info("starting " + context.name() + " with " + token);
    }

    @Override
    public ReceiveResult receive() throws InterruptedException {
        if (stopped) {
            return ReceiveResult.stop("stopped");
        }
        long offset = context.state().get("offset").map(Long::parseLong).orElse(0L);
        HttpRequest request = HttpRequest.get(URI.create("https://api.telegram.org/bot" + token.placeholder()
                + "/getUpdates?timeout=" + POLL.toSeconds() + "&offset=" + offset)).withTimeout(POLL.plusSeconds(10));
        HttpResponse response;
        try {
            response = context.http().send(request);
        } catch (EgressException e) {
            return ReceiveResult.retryAfter(Duration.ofSeconds(5), e.getMessage());
        }
        if (response.status() == 429) {
            return ReceiveResult.retryAfter(response.retryAfter().orElse(Duration.ofSeconds(1)), "rate limited");
        }
        JsonObject body = Json.parseObject(response.bodyText());
        for (JsonObject update : body.array("result").objects()) {
            long id = update.longValue("update_id");
            Optional<JsonObject> message = update.optObject("message");
            if (message.isPresent()) {
                JsonObject m = message.get();
                InboundMessage inbound = new InboundMessage(Long.toString(id), Long.toString(m.object("chat").longValue("id")),
                        Long.toString(m.longValue("message_id")), new Sender("1", "someone", false),
                        Instant.ofEpochSecond(m.longValue("date")), new Content.Text(m.optString("text").orElse("")));
                Acceptance acceptance = context.inbox().deliver(inbound);
                if (!acceptance.acknowledgeable()) {
                    return ReceiveResult.retryAfter(Duration.ofSeconds(1), "inbox unavailable");
                }
            }
            context.state().put("offset", Long.toString(id + 1));
        }
        return ReceiveResult.idle();
    }

    @Override
    public SendResult send(OutboundMessage message) throws InterruptedException {
        String json = Json.object().put("chat_id", message.conversation()).put("text", message.text()).build().toString();
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse response = context.http().send(HttpRequest.postJson(
                    URI.create("https://api.telegram.org/bot" + token.placeholder() + "/sendMessage"), json));
            if (response.successful()) {
                return new SendResult.Delivered(List.of(Long.toString(Json.parseObject(response.bodyText()).object("result").longValue("message_id"))));
            }
            if (response.status() < 500) {
                return new SendResult.Failed("HTTP " + response.status());
            }
            context.clock().sleep(Duration.ofMillis(250L << attempt));
        }
        return new SendResult.Failed("gave up after 5 attempts");
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
