package example.discord;

import java.util.Optional;

/** The gateway close codes after which a client must not reconnect, and what the owner should do. */
final class CloseCodes {
    private CloseCodes() {}

    /** What to fix after close code {@code code}, or empty when the session can be resumed. */
    static Optional<String> fatal(int code) {
        return Optional.ofNullable(switch (code) {
            case 4004 -> "the bot token is invalid; set a valid one with: pincer secret set " + DiscordChannel.TOKEN_SECRET;
            case 4010 -> "an invalid shard was sent; this channel does not shard";
            case 4011 -> "the bot is in too many guilds and needs sharding, which this channel does not do";
            case 4012 -> "the gateway version is invalid; this channel uses v10";
            case 4013 -> "the intents are invalid";
            case 4014 -> "a privileged intent is not enabled; enable the Message Content intent in the Developer Portal";
            default -> null;
        });
    }
}
