package dev.pincer.conformance.fake.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * One message {@code chat.postMessage} accepted.
 *
 * @param channel the {@code channel} parameter
 * @param sentText the {@code text} parameter exactly as sent (escaped mrkdwn)
 * @param shownText what Slack shows: the text truncated at 40,000 units, control sequences and entities rendered
 * @param threadTs the {@code thread_ts} parameter, if any
 * @param mrkdwn the {@code mrkdwn} parameter, if sent
 * @param ts the message id the fake gave it
 * @param truncated whether the text was longer than 40,000 units and was cut
 */
public record PostedMessage(String channel, String sentText, String shownText, Optional<String> threadTs,
        Optional<Boolean> mrkdwn, String ts, boolean truncated) {
    public PostedMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sentText, "sentText");
        Objects.requireNonNull(shownText, "shownText");
        Objects.requireNonNull(threadTs, "threadTs");
        Objects.requireNonNull(mrkdwn, "mrkdwn");
        Objects.requireNonNull(ts, "ts");
    }
}
