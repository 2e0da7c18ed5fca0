package dev.pincer.conformance.guard;

import dev.pincer.spi.GuardAction;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads the actions of a decision table, with the defaults {@code specs/guard.md} gives for left-out fields. */
final class Actions {
    private Actions() {}

    /**
     * The action {@code json} describes.
     *
     * @throws IllegalArgumentException if a field has the wrong type or the action is not well-formed
     */
    static GuardAction read(JsonObject json) {
        String kind = text(json, "kind", "tool");
        String chat = text(json, "chat", "telegram:42");
        String principal = text(json, "principal", "owner");
        boolean tainted = json.optBool("tainted").orElse(false);
        switch (kind) {
            case "reply" -> {
                int colon = chat.indexOf(':');
                String channel = text(json, "integration", colon > 0 ? chat.substring(0, colon) : "telegram");
                String conversation = colon > 0 ? chat.substring(colon + 1) : "42";
                return GuardAction.reply(channel, conversation, json.string("text"), principal, tainted);
            }
            case "tool" -> {
                String integration = text(json, "integration", "shop");
                Optional<BigDecimal> amount = json.optString("amount").map(BigDecimal::new);
                Optional<String> currency = json.optString("currency");
                return new GuardAction(GuardAction.Kind.TOOL, integration, text(json, "action", "act"),
                        text(json, "effect", "read"), text(json, "resource", integration + ".item:1"),
                        json.optObject("arguments").orElse(Json.object().build()), Optional.empty(), amount, currency,
                        principal, chat, tainted);
            }
            default -> throw new IllegalArgumentException("kind must be \"tool\" or \"reply\", was \"" + kind + "\"");
        }
    }

    /** A short description of {@code action} for reports: kind, integration, action, effect and amount. */
    static String describe(GuardAction action) {
        String base = action.kind() == GuardAction.Kind.REPLY
                ? "reply \"" + abbreviate(action.text().orElse("")) + "\""
                : action.integration() + "." + action.action() + " (" + action.effect() + ")";
        return base + action.amount().map(a -> " " + a.toPlainString() + " " + action.currency().orElse("")).orElse("");
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 40 ? flat : flat.substring(0, 39) + "…";
    }

    private static String text(JsonObject json, String name, String fallback) {
        return json.get(name).map(value -> value instanceof JsonString s ? s.value() : fail(name, value)).orElse(fallback);
    }

    private static String fail(String name, Json value) {
        throw new IllegalArgumentException(name + " must be a string, was " + value);
    }
}
