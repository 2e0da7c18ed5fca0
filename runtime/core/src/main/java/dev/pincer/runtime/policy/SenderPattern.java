package dev.pincer.runtime.policy;

import java.util.regex.Pattern;

/**
 * A sender reference of {@code owner.ids} or {@code principals}: {@code <channel>:<platform user id>}, or
 * {@code <channel>:*} for any sender of that channel.
 *
 * @param channel the channel integration's name
 * @param id the platform's user id, or {@code *}
 */
record SenderPattern(String channel, String id) {
    private static final Pattern ID = Pattern.compile("\\S+");
    static final String FORM = "write <channel>:<user id> such as telegram:111111, or <channel>:* for anyone "
            + "writing in that channel such as local:*";

    /**
     * Reads {@code <channel>:<id>}, split at the first {@code :}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    static SenderPattern parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || !ChatAddress.CHANNEL.matcher(text.substring(0, colon)).matches()
                || !ID.matcher(text.substring(colon + 1)).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a sender; " + FORM);
        }
        return new SenderPattern(text.substring(0, colon), text.substring(colon + 1));
    }

    boolean matches(String senderChannel, String senderId) {
        return channel.equals(senderChannel) && (id.equals("*") || id.equals(senderId));
    }

    @Override
    public String toString() {
        return channel + ":" + id;
    }
}
