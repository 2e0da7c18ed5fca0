package dev.pincer.conformance.fake.telegram;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code parse_mode=MarkdownV2} text with the rules and error messages of TDLib's {@code parse_markdown_v2}.
 *
 * <p>Outside entities, {@code _ * [ ] ( ) ~ ` > # + - = | { } . !} must be escaped with {@code \}; inside
 * {@code code} and {@code pre} only {@code `} and {@code \} are special. Errors name the UTF-8 byte offset where
 * the unfinished entity starts, as the real server does.
 */
final class MarkdownV2Parser {
    private static final String RESERVED = "_*[]()~`>#+-=|{}.!\n";

    private record Open(EntityType type, String argument, int utf16Offset, int byteOffset, int outputByteOffset) {}

    private final Utf8Text text;
    private final Utf8Text.Output out = new Utf8Text.Output();
    private final List<Open> nested = new ArrayList<>();
    private final List<TextEntity> entities = new ArrayList<>();
    private boolean haveBlockquote;
    private boolean canStartBlockquote = true;
    private int i;

    private MarkdownV2Parser(String input) {
        this.text = new Utf8Text(input);
    }

    /**
     * The text users see and its entities.
     *
     * @throws EntityParseException with TDLib's description when the markup is invalid
     */
    static FormattedText parse(String input) {
        return new MarkdownV2Parser(input).run();
    }

    private FormattedText run() {
        for (i = 0; i < text.size(); i++) {
            int c = text.at(i);
            int next = text.at(i + 1);
            if (c == '\\' && next > 0 && next <= 126) {
                i++;
                out.writeByte(next);
                if (next != '\r') {
                    canStartBlockquote = next == '\n';
                }
                continue;
            }
            String reserved = !nested.isEmpty() && top().type().isCode() ? "`" : RESERVED;
            if (c >= 128 || reserved.indexOf(c) < 0) {
                if (Utf8Text.utf16Units(c) > 0 && c != '\r') {
                    canStartBlockquote = false;
                }
                out.writeByte(c);
                continue;
            }
            if (isEndOfEntity(c)) {
                closeEntity(c);
            } else {
                openEntity(c);
            }
        }
        finishBlockquote();
        if (!nested.isEmpty()) {
            throw cantFindEnd(top());
        }
        return new FormattedText(out.text(), entities);
    }

    private boolean isEndOfEntity(int c) {
        if (nested.isEmpty()) {
            return false;
        }
        if (haveBlockquote && c == '\n' && (i + 1 == text.size() || text.at(i + 1) != '>')) {
            return true;
        }
        return switch (top().type()) {
            case BOLD -> c == '*';
            case ITALIC -> c == '_' && text.at(i + 1) != '_';
            case CODE -> c == '`';
            case PRE, PRE_CODE -> c == '`' && text.at(i + 1) == '`' && text.at(i + 2) == '`';
            case TEXT_URL, CUSTOM_EMOJI -> c == ']';
            case UNDERLINE -> c == '_' && text.at(i + 1) == '_';
            case STRIKETHROUGH -> c == '~';
            case SPOILER -> c == '|' && text.at(i + 1) == '|';
            case BLOCK_QUOTE, EXPANDABLE_BLOCK_QUOTE, MENTION_NAME, BOT_COMMAND -> false;
        };
    }

    private void openEntity(int c) {
        int byteOffset = i;
        String argument = "";
        EntityType type;
        switch (c) {
            case '_' -> {
                if (text.at(i + 1) == '_') {
                    i++;
                    type = EntityType.UNDERLINE;
                } else {
                    type = EntityType.ITALIC;
                }
            }
            case '*' -> type = EntityType.BOLD;
            case '~' -> type = EntityType.STRIKETHROUGH;
            case '[' -> type = EntityType.TEXT_URL;
            case '|' -> {
                if (text.at(i + 1) != '|') {
                    throw EntityParseException.reserved(c);
                }
                i++;
                type = EntityType.SPOILER;
            }
            case '!' -> {
                if (text.at(i + 1) != '[') {
                    throw EntityParseException.reserved(c);
                }
                i++;
                type = EntityType.CUSTOM_EMOJI;
            }
            case '`' -> {
                if (text.at(i + 1) == '`' && text.at(i + 2) == '`') {
                    i += 3;
                    int languageEnd = i;
                    while (!Utf8Text.isSpace(text.at(languageEnd)) && text.at(languageEnd) != '`') {
                        languageEnd++;
                    }
                    type = EntityType.PRE;
                    if (i != languageEnd && languageEnd < text.size() && text.at(languageEnd) != '`') {
                        type = EntityType.PRE_CODE;
                        argument = text.slice(i, languageEnd);
                        i = languageEnd;
                    }
                    skipOneNewLine();
                    i--;
                } else {
                    type = EntityType.CODE;
                }
            }
            case '\n' -> {
                out.writeByte('\n');
                canStartBlockquote = true;
                return;
            }
            case '>' -> {
                if (!canStartBlockquote) {
                    throw EntityParseException.reserved(c);
                }
                if (haveBlockquote) {
                    return;
                }
                haveBlockquote = true;
                type = EntityType.BLOCK_QUOTE;
            }
            default -> throw EntityParseException.reserved(c);
        }
        nested.add(new Open(type, argument, out.utf16Length(), byteOffset, out.byteSize()));
    }

    private void skipOneNewLine() {
        int c = text.at(i);
        if (c == '\n' || c == '\r') {
            int d = text.at(i + 1);
            i += (d == '\n' || d == '\r') && c != d ? 2 : 1;
        }
    }

    private void closeEntity(int c) {
        Open open = top();
        EntityType type = open.type();
        if (c == '\n' && type != EntityType.BLOCK_QUOTE) {
            boolean spoilerEndsQuote = type == EntityType.SPOILER && (open.byteOffset() == i - 2
                    || (open.byteOffset() == i - 3 && out.byteSize() != 0 && out.lastByte() == '\r'));
            if (!spoilerEndsQuote) {
                throw cantFindEnd(open);
            }
            nested.removeLast();
            open = top();
            if (open.type() != EntityType.BLOCK_QUOTE) {
                throw cantFindEnd(open);
            }
            type = EntityType.EXPANDABLE_BLOCK_QUOTE;
        }
        String argument = open.argument();
        boolean skip = out.utf16Length() == open.utf16Offset();
        switch (type) {
            case BOLD, ITALIC, CODE, STRIKETHROUGH -> { }
            case UNDERLINE, SPOILER -> i++;
            case PRE, PRE_CODE -> i += 2;
            case TEXT_URL -> {
                String url = text.at(i + 1) != '(' ? out.sliceFrom(open.outputByteOffset()) : readUrl("a URL");
                var mentioned = Links.mentionedUserId(url);
                if (mentioned.isPresent()) {
                    type = EntityType.MENTION_NAME;
                    argument = mentioned.get();
                } else {
                    var checked = Links.checkedLink(url);
                    skip = skip || checked.isEmpty();
                    argument = checked.orElse("");
                }
            }
            case CUSTOM_EMOJI -> {
                if (text.at(i + 1) != '(') {
                    throw new EntityParseException("Custom emoji entity must contain a tg://emoji URL");
                }
                argument = Links.customEmojiId(readUrl("a custom emoji URL"));
            }
            case BLOCK_QUOTE, EXPANDABLE_BLOCK_QUOTE -> {
                haveBlockquote = false;
                out.writeByte(text.at(i));
                canStartBlockquote = true;
                skip = false;
            }
            case MENTION_NAME, BOT_COMMAND -> throw new IllegalStateException("not opened by MarkdownV2: " + type);
        }
        if (!skip) {
            entities.add(new TextEntity(type, open.utf16Offset(), out.utf16Length() - open.utf16Offset(), argument));
        }
        nested.removeLast();
    }

    /** Reads {@code (…)} after {@code ]}, with {@code \} escapes; leaves {@code i} on the closing parenthesis. */
    private String readUrl(String what) {
        i += 2;
        int begin = i;
        ByteArrayOutputStream url = new ByteArrayOutputStream();
        while (i < text.size() && text.at(i) != ')') {
            int next = text.at(i + 1);
            if (text.at(i) == '\\' && next > 0 && next <= 126) {
                url.write(next);
                i += 2;
                continue;
            }
            url.write(text.at(i++));
        }
        if (text.at(i) != ')') {
            throw new EntityParseException("Can't find end of " + what + " at byte offset " + begin);
        }
        return url.toString(StandardCharsets.UTF_8);
    }

    private void finishBlockquote() {
        if (!haveBlockquote) {
            return;
        }
        EntityType type = EntityType.BLOCK_QUOTE;
        if (top().type() == EntityType.SPOILER && top().byteOffset() == text.size() - 2) {
            nested.removeLast();
            type = EntityType.EXPANDABLE_BLOCK_QUOTE;
        }
        if (top().type() == EntityType.BLOCK_QUOTE) {
            haveBlockquote = false;
            int length = out.utf16Length() - top().utf16Offset();
            if (length != 0) {
                entities.add(new TextEntity(type, top().utf16Offset(), length, ""));
            }
            nested.removeLast();
        }
    }

    private Open top() {
        return nested.getLast();
    }

    private static EntityParseException cantFindEnd(Open open) {
        return new EntityParseException(
                "Can't find end of " + open.type().tdName() + " entity at byte offset " + open.byteOffset());
    }
}
