package dev.pincer.runtime.permit;

import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A proposed action as canonical JSON (object members sorted, no spaces) and its SHA-256, which bind an approval to
 * exactly that action: same tool, action, arguments, resource, origin; or same message, text and conversation.
 */
final class ActionRecord {

    private ActionRecord() {}

    /** The canonical JSON text of {@code action}. */
    static String canonical(ProposedAction action) {
        JsonObject.Builder json = Json.object();
        switch (action) {
            case ProposedAction.InvokeTool tool -> json.put("kind", "tool").put("integration", tool.integration())
                    .put("action", tool.action()).put("arguments", tool.arguments())
                    .put("effect", tool.effect().wireName()).put("resource", tool.resource());
            case ProposedAction.SendMessage send -> json.put("kind", "reply").put("integration", send.integration())
                    .put("id", send.message().id()).put("conversation", send.message().conversation())
                    .put("text", send.message().text());
        }
        if (action instanceof ProposedAction.SendMessage send && send.message().replyTo().isPresent()) {
            json.put("replyTo", send.message().replyTo().get());
        }
        TaskOrigin origin = origin(action);
        json.put("origin", Json.object().put("integration", origin.channel())
                .put("conversation", origin.conversation().conversation()).put("sender", origin.sender()).build());
        return sorted(json.build()).toString();
    }

    /** The lower-case hex SHA-256 of {@code canonical}'s UTF-8 bytes. */
    static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /**
     * The action that {@code canonical} records, checked against {@code expectedHash}.
     *
     * @throws IllegalStateException if the text is not a recorded action or does not hash to {@code expectedHash}
     *     (the stored request was changed)
     */
    static ProposedAction parse(String canonical, String expectedHash) {
        if (!hash(canonical).equals(expectedHash)) {
            throw new IllegalStateException("the stored action does not match its hash " + expectedHash
                    + "; the approval request was changed after it was made, so it is not carried out");
        }
        JsonObject json = Json.parseObject(canonical);
        JsonObject from = json.object("origin");
        TaskOrigin origin = new TaskOrigin(new ConversationRef(from.string("integration"), from.string("conversation")),
                from.string("sender"));
        return switch (json.string("kind")) {
            case "tool" -> new ProposedAction.InvokeTool(json.string("integration"), json.string("action"),
                    json.object("arguments"), Effect.fromWireName(json.string("effect")), json.string("resource"), origin);
            case "reply" -> new ProposedAction.SendMessage(json.string("integration"), new OutboundMessage(
                    json.string("id"), json.string("conversation"), json.string("text"), json.optString("replyTo")),
                    origin);
            default -> throw new IllegalStateException("a recorded action of kind '" + json.string("kind")
                    + "' is not known; expected tool or reply");
        };
    }

    static TaskOrigin origin(ProposedAction action) {
        return switch (action) {
            case ProposedAction.InvokeTool tool -> tool.origin();
            case ProposedAction.SendMessage send -> send.origin();
        };
    }

    /** {@code integration.action on resource}, for the owner. */
    static String describe(ProposedAction action) {
        return switch (action) {
            case ProposedAction.InvokeTool tool -> tool.integration() + "." + tool.action() + " on " + tool.resource()
                    + " with " + tool.arguments();
            case ProposedAction.SendMessage send -> "a reply in " + send.integration() + ":"
                    + send.message().conversation() + ": \"" + send.message().text() + "\"";
        };
    }

    private static Json sorted(Json json) {
        return switch (json) {
            case JsonObject object -> {
                Map<String, Json> members = new TreeMap<>();
                object.members().forEach((name, value) -> members.put(name, sorted(value)));
                yield Json.object(members);
            }
            case JsonArray array -> Json.array(array.elements().stream().map(ActionRecord::sorted).toList());
            case JsonString string -> string;
            case JsonNumber number -> number;
            case JsonBoolean bool -> bool;
            case JsonNull nothing -> nothing;
        };
    }
}
