package dev.pincer.runtime.tool;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an action does to the world, as its manifest declares it; the owner's permissions are granted per effect. */
public enum Effect {
    /** Reads and changes nothing. */
    READ,
    /** Creates or changes something, such as an issue or a file. */
    WRITE,
    /** Removes something. */
    DELETE,
    /** Sends something to other people, such as an email or a chat message. */
    SEND,
    /** Spends money. */
    SPEND;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The effect as the manifest writes it: {@code read}, {@code write}, … */
    public String wireName() {
        return wireName;
    }

    /**
     * The effect the manifest names.
     *
     * @throws ActionDeclarationException naming the field {@code effect} and the valid choices, if there is none
     */
    public static Effect fromWireName(String name) {
        for (Effect effect : values()) {
            if (effect.wireName().equals(name)) {
                return effect;
            }
        }
        throw new ActionDeclarationException("effect", Json.quote(String.valueOf(name)) + " is not an effect",
                "write one of " + choices());
    }

    /** The valid names, for messages: {@code "read", "write", …}. */
    static String choices() {
        return Arrays.stream(values()).map(e -> '"' + e.wireName() + '"').collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName();
    }
}
