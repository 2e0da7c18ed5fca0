package example.slack;

import dev.pincer.spi.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which parts of an outbound message were already delivered, kept under {@code "sent:" + message id}.
 *
 * <p>The value is the Slack ts values of the delivered parts, comma-separated, in order. The
 * runtime may send the same message again after a crash or a {@code RetryLater}; the parts recorded
 * here are then skipped, so nobody sees a part twice. Each part is recorded as soon as Slack
 * confirmed it, before the next part is sent.
 */
final class SentParts {
    static final String KEY_PREFIX = "sent:";

    private final State state;
    private final String key;
    private final List<String> messageIds;

    private SentParts(State state, String key, List<String> messageIds) {
        this.state = state;
        this.key = key;
        this.messageIds = messageIds;
    }

    /** The progress recorded for the outbound message {@code outboundId}. */
    static SentParts load(State state, String outboundId) {
        Objects.requireNonNull(state, "state");
        String key = KEY_PREFIX + outboundId;
        List<String> ids = new ArrayList<>();
        state.get(key).ifPresent(value -> Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .forEach(ids::add));
        return new SentParts(state, key, ids);
    }

    /** How many parts were delivered. */
    int count() {
        return messageIds.size();
    }

    /** Records one more delivered part and stores the progress durably. */
    void add(String messageId) {
        messageIds.add(messageId);
        state.put(key, String.join(",", messageIds));
    }

    /** The message_ids of all delivered parts, in order. */
    List<String> messageIds() {
        return List.copyOf(messageIds);
    }
}
