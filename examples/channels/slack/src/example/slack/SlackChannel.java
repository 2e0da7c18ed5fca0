package example.slack;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A Slack app as a Pincer chat channel: receives message events over the Events API and replies
 * with {@code chat.postMessage}, following {@code specs/channels/slack.md}.
 *
 * <p>The pieces: {@link WebApi} calls Slack and reads its {@code ok} envelope; {@link EventsEndpoint}
 * verifies each pushed request with {@link RequestVerifier}, maps it with {@link EventMapper} and
 * hands it to the inbox; {@link MessageSender} splits with {@link TextSplitter}, escapes with
 * {@link Mrkdwn}, retries with {@link Backoff} and remembers parts in {@link SentParts}.
 *
 * <p>Neither secret is ever seen here: the token travels as a placeholder the runtime fills in on
 * the way to slack.com, and the signing secret is used only through {@code secrets().hmacSha256}.
 */
public final class SlackChannel implements Channel {
    static final String TOKEN_SECRET = "SLACK_BOT_TOKEN";
    private static final Duration IDLE_ROUND = Duration.ofSeconds(30);

    private final StopFlag stopping = new StopFlag();
    private final BotIdentity bot = new BotIdentity();
    private volatile ChannelContext context;
    private volatile MessageSender sender;
    private volatile WebApi api;

    /** Creates an unstarted channel; the runtime calls {@link #start} next. */
    public SlackChannel() {}

    @Override
    public void start(ChannelContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.api = new WebApi(context.http(), context.secrets().get(TOKEN_SECRET).placeholder());
        checkToken();
        bot.credentialProblem().ifPresent(problem -> {
            throw new IntegrationException(problem);
        });
        this.sender = new MessageSender(context, api, bot, stopping);
        URI endpoint = context.webhooks().register("events", new EventsEndpoint(context, bot));
        context.log().info("Slack events endpoint: " + endpoint + " (set it as the app's Request URL)");
    }

    /**
     * Calls auth.test: learns the bot's ids (to ignore its own messages) and notes a rejected token.
     * A transient failure leaves the ids unknown; {@code receive} tries again.
     */
    private void checkToken() {
        ApiResult result;
        try {
            result = api.call("auth.test", Json.object().build());
        } catch (InterruptedException e) {
            stopping.raise(); // start cannot throw it; the next receive or send returns at once
            return;
        }
        switch (result) {
            case ApiResult.Ok ok -> {
                bot.learn(ok.body().optString("user_id").orElse(""), ok.body().optString("bot_id").orElse(""));
                context.log().info("Slack accepted the bot token (team " + ok.body().optString("team").orElse("?") + ")");
            }
            case ApiResult.Error error when error.credentials() -> bot.rejected(error.code());
            case ApiResult.Error error -> context.log().warn("auth.test answered " + error.code() + "; continuing");
            case ApiResult.RateLimited limited -> context.log().warn("auth.test was rate limited; continuing");
            case ApiResult.HttpStatus status -> context.log().warn("auth.test answered HTTP " + status.status() + "; continuing");
            case ApiResult.Malformed malformed -> context.log().warn("auth.test: " + malformed.problem() + "; continuing");
            case ApiResult.NoResponse none -> context.log().warn("auth.test failed: " + none.describe() + "; continuing");
        }
    }

    /** Events arrive through the webhook; a round only waits, unless the token was rejected. */
    @Override
    public ReceiveResult receive() throws InterruptedException {
        started(sender);
        stopping.check();
        if (bot.credentialProblem().isPresent()) {
            return ReceiveResult.stop(bot.credentialProblem().get());
        }
        if (!bot.known()) {
            checkToken(); // auth.test failed transiently at start: until it answers, own messages cannot be told apart
        }
        context.clock().sleep(IDLE_ROUND);
        return bot.credentialProblem().<ReceiveResult>map(ReceiveResult::stop).orElseGet(ReceiveResult::idle);
    }

    @Override
    public SendResult send(OutboundMessage message) throws InterruptedException {
        Objects.requireNonNull(message, "message");
        return started(sender).send(message);
    }

    @Override
    public void stop() {
        stopping.raise();
    }

    private static <T> T started(T part) {
        if (part == null) {
            throw new IllegalStateException("the Slack channel was not started; the runtime calls start first");
        }
        return part;
    }
}
