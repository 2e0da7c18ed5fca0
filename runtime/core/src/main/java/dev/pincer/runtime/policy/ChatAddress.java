package dev.pincer.runtime.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A conversation of a channel, written {@code <channel>:<conversation>} such as {@code telegram:-1001234}.
 *
 * @param channel the channel integration's name, such as {@code telegram} or {@code local}
 * @param conversation the platform's conversation id; not blank, no white space
 */
public record ChatAddress(String channel, String conversation) {
    static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern CONVERSATION = Pattern.compile("\\S+");

    /**
     * Checks both parts.
     *
     * @throws IllegalArgumentException if the channel is not an integration name or the conversation is blank
     */
    public ChatAddress {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversation, "conversation");
        if (!CHANNEL.matcher(channel).matches() || !CONVERSATION.matcher(conversation).matches()) {
            throw new IllegalArgumentException("\"" + channel + ":" + conversation + "\" is not a chat; write "
                    + "<channel>:<conversation> such as telegram:-1001234 or local:local");
        }
    }

    /**
     * Reads {@code <channel>:<conversation>}, split at the first {@code :}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static ChatAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a chat; write <channel>:<conversation> such as "
                    + "telegram:-1001234 or local:local");
        }
        return new ChatAddress(text.substring(0, colon), text.substring(colon + 1));
    }

    /** {@code <channel>:<conversation>}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return channel + ":" + conversation;
    }
}
