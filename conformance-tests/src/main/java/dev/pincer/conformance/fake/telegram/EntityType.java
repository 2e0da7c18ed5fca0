package dev.pincer.conformance.fake.telegram;

/**
 * The formatting entities the parsers produce.
 *
 * <p>{@link #tdName} is how TDLib names the type in parse errors ({@code "Can't find end of Bold entity…"});
 * {@link #botApiName} is the {@code MessageEntity.type} in Bot API JSON.
 */
enum EntityType {
    BOLD("Bold", "bold"),
    ITALIC("Italic", "italic"),
    UNDERLINE("Underline", "underline"),
    STRIKETHROUGH("Strikethrough", "strikethrough"),
    SPOILER("Spoiler", "spoiler"),
    CODE("Code", "code"),
    PRE("Pre", "pre"),
    PRE_CODE("PreCode", "pre"),
    TEXT_URL("TextUrl", "text_link"),
    MENTION_NAME("MentionName", "text_mention"),
    CUSTOM_EMOJI("CustomEmoji", "custom_emoji"),
    BLOCK_QUOTE("BlockQuote", "blockquote"),
    EXPANDABLE_BLOCK_QUOTE("ExpandableBlockQuote", "expandable_blockquote"),
    BOT_COMMAND("BotCommand", "bot_command");

    private final String tdName;
    private final String botApiName;

    EntityType(String tdName, String botApiName) {
        this.tdName = tdName;
        this.botApiName = botApiName;
    }

    String tdName() {
        return tdName;
    }

    String botApiName() {
        return botApiName;
    }

    /** Code-like entities, inside which only {@code `} (and {@code \}) is special in MarkdownV2. */
    boolean isCode() {
        return this == CODE || this == PRE || this == PRE_CODE;
    }
}
