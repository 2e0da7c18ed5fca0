package dev.pincer.runtime.localchat;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the local chat's transcript.
 *
 * @param seq its position, counting from 1 and never reused, also across restarts
 * @param role who wrote it
 * @param text what it says, exactly as written
 * @param at when it was added
 * @param messageId for an assistant entry, the outbound message id it delivered; for an owner entry, the inbound id
 * @param inReplyTo for an assistant entry that answers an owner's message, that message's id
 */
record TranscriptEntry(long seq, Role role, String text, Instant at, Optional<String> messageId,
        Optional<String> inReplyTo) {

    /** Who wrote an entry. */
    enum Role {
        OWNER, ASSISTANT;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Role fromJson(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    TranscriptEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1, was " + seq);
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
    }

    /**
     * What the page and {@code pincer chat} get: seq, role, text and time, and for a reply to an owner's message,
     * {@code inReplyTo} with that message's id.
     */
    JsonObject toApiJson() {
        JsonObject.Builder json = Json.object().put("seq", seq).put("role", role.jsonName()).put("text", text)
                .put("at", at.toString());
        inReplyTo.ifPresent(id -> json.put("inReplyTo", id));
        return json.build();
    }

    /** What the state keeps: the API form plus the message id. */
    JsonObject toStateJson() {
        JsonObject.Builder json = Json.object().put("seq", seq).put("role", role.jsonName()).put("text", text)
                .put("at", at.toString());
        messageId.ifPresent(id -> json.put("id", id));
        inReplyTo.ifPresent(id -> json.put("inReplyTo", id));
        return json.build();
    }

    static TranscriptEntry fromStateJson(JsonObject json) {
        return new TranscriptEntry(json.longValue("seq"), Role.fromJson(json.string("role")), json.string("text"),
                Instant.parse(json.string("at")), json.optString("id"), json.optString("inReplyTo"));
    }

    /** The same entry with its text cut to {@code length} characters and marked as cut. */
    TranscriptEntry truncated(int length) {
        int end = length > 0 && Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return new TranscriptEntry(seq, role, text.substring(0, end) + " […cut to fit the saved history]", at, messageId,
                inReplyTo);
    }
}
