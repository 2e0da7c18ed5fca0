package example.discord;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;

/**
 * A Discord bot as a Pincer chat channel: receives messages over the Gateway, sends them with the
 * REST API, and answers Interactions over HTTP, following {@code specs/channels/discord.md}.
 *
 * <p>The pieces: {@link GatewaySession} runs a receive round (connect, heartbeat, resume) and hands
 * dispatches to {@link Dispatches}, which maps them with {@link MessageMapper} and keeps the session in
 * {@link SessionStore}; {@link MessageSender} escapes with {@link MarkdownEscaper}, splits with
 * {@link TextSplitter}, and retries under {@link RateLimits} with {@link Backoff};
 * {@link InteractionEndpoint} checks signatures.
 *
 * <p>The bot token is never seen here: requests and the Identify payload carry the secret's
 * placeholder, which the runtime fills in on the way to discord.com and gateway.discord.gg.
 */
public final class DiscordChannel implements Channel {
    static final String TOKEN_SECRET = "DISCORD_BOT_TOKEN";
    static final String PUBLIC_KEY = "DISCORD_PUBLIC_KEY";

    private final StopFlag stopping = new StopFlag();
    private volatile GatewaySession gateway;
    private volatile MessageSender sender;

    /** Creates an unstarted channel; the runtime calls {@link #start} next. */
    public DiscordChannel() {}

    @Override
    public void start(ChannelContext context) {
        Objects.requireNonNull(context, "context");
        String token = context.secrets().get(TOKEN_SECRET).placeholder();
        RestApi api = new RestApi(context.http(), token);
        checkToken(context, api);
        registerInteractions(context);
        this.gateway = new GatewaySession(context, api, token, stopping);
        this.sender = new MessageSender(context, api, stopping);
    }

    /** Calls {@code /users/@me}: a wrong token fails now, with a clear message. */
    private void checkToken(ChannelContext context, RestApi api) {
        RestResult result;
        try {
            result = api.get("/users/@me");
        } catch (InterruptedException e) {
            stopping.raise(); // start cannot throw it: the runtime is stopping the channel
            return;
        }
        switch (result) {
            case RestResult.Ok ok -> context.log().info("Discord accepted the bot token"
                    + ok.body().optString("username").map(name -> " (bot " + name + ")").orElse(""));
            case RestResult.Error error when error.status() == 401 -> throw new IntegrationException(
                    "Discord rejected the bot token (" + error.describe() + "); set a valid one with: pincer secret set "
                            + TOKEN_SECRET);
            case RestResult.Error error -> context.log().warn("GET /users/@me failed: " + error.describe()
                    + "; continuing, the gateway will retry");
            case RestResult.Malformed malformed -> context.log().warn("GET /users/@me returned an unreadable body; continuing");
            case RestResult.NoResponse none -> context.log().warn("GET /users/@me failed: " + none.describe() + "; continuing");
        }
    }

    private static void registerInteractions(ChannelContext context) {
        Optional<String> key = context.config().get(PUBLIC_KEY).filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            context.log().info("no " + PUBLIC_KEY + " configured; not serving Interactions over HTTP");
            return;
        }
        try {
            var url = context.webhooks().register("interactions", InteractionEndpoint.forKey(key.get()));
            context.log().info("Interactions Endpoint URL for the Developer Portal: " + url);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IntegrationException(PUBLIC_KEY + " is not an Ed25519 public key in hex (" + e.getMessage()
                    + "); copy the application's Public Key from the Developer Portal");
        }
    }

    @Override
    public ReceiveResult receive() throws InterruptedException {
        return started(gateway).round();
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
            throw new IllegalStateException("the Discord channel was not started; the runtime calls start first");
        }
        return part;
    }
}
