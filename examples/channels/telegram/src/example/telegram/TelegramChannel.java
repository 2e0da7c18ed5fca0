package example.telegram;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Objects;

/**
 * A Telegram bot as a Pincer chat channel: receives with {@code getUpdates} long polling and replies
 * with {@code sendMessage}, following {@code specs/channels/telegram.md}.
 *
 * <p>The pieces: {@link BotApi} makes calls and reads Telegram's envelope; {@link UpdatePoller} runs
 * one receive round and keeps the offset in {@link OffsetStore}; {@link UpdateMapper} turns updates
 * into inbound messages; {@link MessageSender} splits text with {@link TextSplitter}, retries with
 * {@link Backoff} and remembers delivered parts in {@link SentParts}.
 *
 * <p>The bot token is never seen here: requests carry the secret's placeholder, which the runtime
 * replaces on the way to api.telegram.org. Nothing this class logs, returns or throws contains it.
 */
public final class TelegramChannel implements Channel {
    static final String TOKEN_SECRET = "TELEGRAM_BOT_TOKEN";

    private final StopFlag stopping = new StopFlag();
    private volatile UpdatePoller poller;
    private volatile MessageSender sender;

    /** Creates an unstarted channel; the runtime calls {@link #start} next. */
    public TelegramChannel() {}

    @Override
    public void start(ChannelContext context) {
        Objects.requireNonNull(context, "context");
        BotApi api = new BotApi(context.http(), context.secrets().get(TOKEN_SECRET).placeholder());
        checkToken(context, api);
        this.poller = new UpdatePoller(context, api, stopping);
        this.sender = new MessageSender(context, api, stopping);
    }

    /** Calls getMe: a wrong token fails now, with a clear message, instead of at the first poll. */
    private void checkToken(ChannelContext context, BotApi api) {
        ApiResult result;
        try {
            result = api.call("getMe", Json.object().build(), Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            // start cannot throw it. Being interrupted means the runtime is stopping the channel:
            // remember that, so that the next receive or send returns at once.
            stopping.raise();
            return;
        }
        switch (result) {
            case ApiResult.Ok ok -> context.log().info("Telegram accepted the bot token" + botName(ok));
            case ApiResult.Error error when error.code() == 401 -> throw new IntegrationException(
                    "Telegram rejected the bot token (401 Unauthorized); set a valid one with:"
                            + " pincer secret set " + TOKEN_SECRET);
            // Anything else may be temporary; receive retries with backoff and reports what it sees.
            case ApiResult.Error error -> context.log().warn("getMe failed with " + error.code() + ": "
                    + error.description() + "; continuing, polling will retry");
            case ApiResult.Malformed malformed -> context.log().warn(
                    "getMe returned a body that is not a Telegram response; continuing, polling will retry");
            case ApiResult.NoResponse none -> {
                if (!none.transientFailure()) {
                    throw new IntegrationException("cannot reach Telegram: " + none.describe());
                }
                context.log().warn("getMe failed: " + none.describe() + "; continuing, polling will retry");
            }
        }
    }

    private static String botName(ApiResult.Ok ok) {
        if (ok.result() instanceof JsonObject bot) {
            return bot.optString("username").map(name -> " (bot @" + name + ")").orElse("");
        }
        return "";
    }

    @Override
    public ReceiveResult receive() throws InterruptedException {
        return started(poller).poll();
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
            throw new IllegalStateException("the Telegram channel was not started; the runtime calls start first");
        }
        return part;
    }
}
