package example.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the bot is ({@code auth.test}'s {@code user_id} and {@code bot_id}), and whether Slack has
 * rejected its token. Shared by the webhook handler, {@code receive} and {@code send}. Thread-safe.
 */
final class BotIdentity {
    private volatile String userId = "";
    private volatile String botId = "";
    private volatile String credentialProblem = "";

    void learn(String newUserId, String newBotId) {
        this.userId = Objects.requireNonNull(newUserId, "newUserId");
        this.botId = Objects.requireNonNull(newBotId, "newBotId");
    }

    /** True once auth.test has told the bot's ids. */
    boolean known() {
        return !userId.isEmpty() || !botId.isEmpty();
    }

    /**
     * True for a message the bot itself posted: its user id or its bot id. Until the ids are known,
     * every bot's message counts as possibly the bot's own, so that it never answers itself.
     */
    boolean isOwn(String user, String bot) {
        if (!known()) {
            return !bot.isEmpty();
        }
        return (!userId.isEmpty() && userId.equals(user)) || (!botId.isEmpty() && botId.equals(bot));
    }

    /** Remembers that Slack rejected the token with {@code error}, and returns the reason to report. */
    String rejected(String error) {
        credentialProblem = "Slack rejected the bot token (" + error + "); set a valid one with:"
                + " pincer secret set SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-…)";
        return credentialProblem;
    }

    /** The reason to stop with, once the token was rejected. */
    Optional<String> credentialProblem() {
        String problem = credentialProblem;
        return problem.isEmpty() ? Optional.empty() : Optional.of(problem);
    }
}
