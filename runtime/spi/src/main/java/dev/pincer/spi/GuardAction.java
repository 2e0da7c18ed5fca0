package dev.pincer.spi;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One action the assistant proposes, as a {@link Guard} sees it: a tool call or a reply into the conversation.
 *
 * <p>A {@link Kind#REPLY} has action {@code reply}, effect {@code send}, arguments {@code {"text": …}} and its text
 * present. {@code amount} and {@code currency} are both present, for a {@code spend} whose manifest declares its
 * amount, or both absent.
 *
 * @param kind a tool call or a reply
 * @param integration the tool's or the channel's manifest name
 * @param action the action's name, {@code reply} for a reply
 * @param effect one of {@code read}, {@code write}, {@code delete}, {@code send}, {@code spend}
 * @param resource the resolved resource, such as {@code github.repo:acme/site} or {@code chat:telegram:-100}
 * @param arguments the call's arguments, already checked against the action's schema
 * @param text the text of a reply; empty for a tool call
 * @param amount the money a {@code spend} declares; empty when unknown or not a spend
 * @param currency the ISO 4217 code of {@code amount}, such as {@code USD}
 * @param principal who asked: {@code owner}, a principal's name, or {@code stranger}
 * @param chat the conversation as {@code <channel>:<conversation>}, or empty when there is none
 * @param tainted whether the task has read content from outside the owner's trust
 */
public record GuardAction(Kind kind, String integration, String action, String effect, String resource,
        JsonObject arguments, Optional<String> text, Optional<BigDecimal> amount, Optional<String> currency,
        String principal, String chat, boolean tainted) {

    /** The effects an action may declare. */
    public static final List<String> EFFECTS = List.of("read", "write", "delete", "send", "spend");

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** What is proposed. */
    public enum Kind {
        /** A call of a tool's action. */
        TOOL,
        /** An outbound chat message into the task's own conversation. */
        REPLY
    }

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException if a field is blank, an effect is unknown, a reply lacks its text, or only
     *     one of amount and currency is present
     */
    public GuardAction {
        Objects.requireNonNull(kind, "kind");
        Checks.notBlank(integration, "integration");
        Checks.notBlank(action, "action");
        Checks.notBlank(effect, "effect");
        if (!EFFECTS.contains(effect)) {
            throw new IllegalArgumentException("effect must be one of " + EFFECTS + ", was \"" + effect + "\"");
        }
        Checks.notBlank(resource, "resource");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Checks.notBlank(principal, "principal");
        Objects.requireNonNull(chat, "chat");
        if (kind == Kind.REPLY && (!action.equals("reply") || !effect.equals("send") || text.isEmpty())) {
            throw new IllegalArgumentException("a REPLY has action \"reply\", effect \"send\" and its text, was action \""
                    + action + "\", effect \"" + effect + "\", text " + (text.isPresent() ? "present" : "absent"));
        }
        if (amount.isPresent() != currency.isPresent()) {
            throw new IllegalArgumentException("amount and currency are both present or both absent");
        }
        currency.ifPresent(code -> {
            if (!CURRENCY.matcher(code).matches()) {
                throw new IllegalArgumentException("currency must be three upper-case letters such as USD, was \""
                        + code + "\"");
            }
        });
    }

    /**
     * A reply of {@code text} into {@code conversation} of {@code channel}, asked for by {@code principal}.
     *
     * @return an action with resource {@code chat:<channel>:<conversation>} and arguments {@code {"text": text}}
     */
    public static GuardAction reply(String channel, String conversation, String text, String principal, boolean tainted) {
        Checks.notBlank(conversation, "conversation");
        Objects.requireNonNull(text, "text");
        return new GuardAction(Kind.REPLY, channel, "reply", "send", "chat:" + channel + ":" + conversation,
                Json.object().put("text", text).build(), Optional.of(text), Optional.empty(), Optional.empty(), principal,
                channel + ":" + conversation, tainted);
    }

    /** A tool call without a declared amount. */
    public static GuardAction tool(String integration, String action, String effect, String resource,
            JsonObject arguments, String principal, String chat, boolean tainted) {
        return new GuardAction(Kind.TOOL, integration, action, effect, resource, arguments, Optional.empty(),
                Optional.empty(), Optional.empty(), principal, chat, tainted);
    }

    /** This action with a declared amount of money. */
    public GuardAction withAmount(BigDecimal value, String currencyCode) {
        return new GuardAction(kind, integration, action, effect, resource, arguments, text,
                Optional.of(value), Optional.of(currencyCode), principal, chat, tainted);
    }
}
