package dev.pincer.conformance.fake.discord;

import java.time.Instant;
import java.util.Objects;

/**
 * A message the fake created for Create Message.
 *
 * @param id its snowflake
 * @param channelId where it was posted
 * @param content the content as sent
 * @param shown what a Discord client shows for it ({@link DiscordMarkdown})
 * @param nonce the nonce sent, or empty
 * @param at the virtual time it was created
 */
public record CreatedMessage(String id, String channelId, String content, String shown, String nonce, Instant at) {
    public CreatedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(nonce, "nonce");
    }
}
