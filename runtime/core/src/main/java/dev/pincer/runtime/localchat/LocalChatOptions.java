package dev.pincer.runtime.localchat;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link LocalChat} runs.
 *
 * @param host the address to bind; must be {@code 127.0.0.1}, since the chat is for this computer only
 * @param port the TCP port, 1 to 65535, or 0 for a free one chosen at start
 * @param banner a line the page shows above the conversation, such as which model answers
 * @param ownerName the owner's display name, shown on their messages and given to the agent as the sender's name
 * @param connectionFile where the chat writes its URL and access token (readable by the owner only) for
 *     {@code pincer chat}, usually {@code <data>/localchat.json}; deleted when the chat stops
 */
public record LocalChatOptions(String host, int port, String banner, String ownerName, Path connectionFile) {

    /** The only address the local chat binds. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The port {@code pincer run} uses unless {@code localChat.port} says otherwise. */
    public static final int DEFAULT_PORT = 8484;

    public LocalChatOptions {
        Objects.requireNonNull(host, "host");
        if (!host.equals(LOOPBACK)) {
            throw new IllegalArgumentException("localChat host must be " + LOOPBACK + ", was '" + host
                    + "': the local chat has no login and is for this computer only; to chat from another device,"
                    + " configure a channel such as Telegram");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("localChat.port must be 1 to 65535, or 0 for a free port, was " + port);
        }
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(ownerName, "ownerName");
        if (ownerName.isBlank()) {
            throw new IllegalArgumentException("ownerName must not be blank; use the owner's display name, such as \"Ada\"");
        }
        Objects.requireNonNull(connectionFile, "connectionFile");
    }

    /** Options that bind {@code 127.0.0.1} on {@code port}. */
    public static LocalChatOptions onPort(int port, String banner, String ownerName, Path connectionFile) {
        return new LocalChatOptions(LOOPBACK, port, banner, ownerName, connectionFile);
    }
}
