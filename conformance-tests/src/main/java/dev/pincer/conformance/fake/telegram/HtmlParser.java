package dev.pincer.conformance.fake.telegram;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses {@code parse_mode=HTML} text with the tags, entities and error messages of TDLib's {@code parse_html}.
 *
 * <p>Supported tags: {@code b strong i em u ins s strike del span(class="tg-spoiler") tg-spoiler a(href) code pre
 * blockquote tg-emoji}; entities {@code &lt; &gt; &amp; &quot;} and numeric references. Anything else in angle
 * brackets is an error ({@code Unsupported start tag "p" at byte offset 0}).
 */
final class HtmlParser {
    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

    private record Open(String tag, String argument, int utf16Offset, int outputByteOffset) {}

    private final Utf8Text text;
    private final Utf8Text.Output out = new Utf8Text.Output();
    private final List<Open> nested = new ArrayList<>();
    private final List<TextEntity> entities = new ArrayList<>();
    private int i;

    private HtmlParser(String input) {
        this.text = new Utf8Text(input);
    }

    /**
     * The text users see and its entities.
     *
     * @throws EntityParseException with TDLib's description when the markup is invalid
     */
    static FormattedText parse(String input) {
        return new HtmlParser(input).run();
    }

    private FormattedText run() {
        for (i = 0; i < text.size(); i++) {
            int c = text.at(i);
            if (c == '&') {
                int code = decodeEntity();
                if (code != 0) {
                    i--;
                    writeDecoded(code);
                    continue;
                }
            }
            if (c != '<') {
                out.writeByte(c);
                continue;
            }
            int beginPos = i++;
            if (text.at(i) != '/') {
                startTag(beginPos);
            } else {
                endTag(beginPos);
            }
        }
        if (!nested.isEmpty()) {
            throw new EntityParseException(
                    "Can't find end tag corresponding to start tag \"" + nested.getLast().tag() + "\"");
        }
        return withoutCodeLanguages(new FormattedText(out.text(), entities));
    }

    private void writeDecoded(int code) {
        if (code >= 0xd800 && code <= 0xdfff) {
            throw new EntityParseException("Text contains invalid Unicode characters after decoding HTML entities,"
                    + " check for unmatched surrogate code units");
        }
        out.writeCodePoint(code);
    }

    /** Decodes {@code &…;} at {@code i}; on success moves {@code i} past it and returns the code point, else 0. */
    private int decodeEntity() {
        HtmlEntities.Decoded decoded = HtmlEntities.decode(text, i);
        if (decoded.codePoint() != 0) {
            i = decoded.next();
        }
        return decoded.codePoint();
    }

    private void startTag(int beginPos) {
        while (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '>') {
            i++;
        }
        if (text.at(i) == 0) {
            throw new EntityParseException("Unclosed start tag at byte offset " + beginPos);
        }
        String tag = text.slice(beginPos + 1, i).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(tag)) {
            throw new EntityParseException("Unsupported start tag \"" + tag + "\" at byte offset " + beginPos);
        }
        String argument = "";
        while (text.at(i) != '>') {
            skipSpaces();
            if (text.at(i) == '>') {
                break;
            }
            int nameStart = i;
            while (!Utf8Text.isSpace(text.at(i)) && "=>/\"'".indexOf(text.at(i)) < 0) {
                i++;
            }
            String attribute = text.slice(nameStart, i);
            if (attribute.isEmpty()) {
                throw new EntityParseException(
                        "Empty attribute name in the tag \"" + tag + "\" at byte offset " + beginPos);
            }
            skipSpaces();
            if (text.at(i) != '=') {
                if (text.at(i) == 0) {
                    throw new EntityParseException("Unclosed start tag \"" + tag + "\" at byte offset " + beginPos);
                }
                if (tag.equals("blockquote") && attribute.equals("expandable")) {
                    argument = "1";
                }
                continue;
            }
            i++;
            skipSpaces();
            if (text.at(i) == 0) {
                throw new EntityParseException("Unclosed start tag \"" + tag + "\" at byte offset " + beginPos);
            }
            String value = readAttributeValue();
            if (text.at(i) == 0) {
                throw new EntityParseException("Unclosed start tag at byte offset " + beginPos);
            }
            argument = switch (tag + " " + attribute) {
                case "a href", "tg-emoji emoji-id" -> value;
                case "code class" -> value.startsWith("language-") ? value.substring(9) : argument;
                case "span class" -> value.startsWith("tg-") ? value.substring(3) : argument;
                case "blockquote expandable" -> "1";
                default -> argument;
            };
        }
        if (tag.equals("span") && !argument.equals("spoiler")) {
            throw new EntityParseException("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + beginPos);
        }
        nested.add(new Open(tag, argument, out.utf16Length(), out.byteSize()));
    }

    private String readAttributeValue() {
        int quote = text.at(i);
        if (quote != '\'' && quote != '"') {
            int tokenStart = i;
            while (Utf8Text.isAsciiAlpha(text.at(i)) || Utf8Text.isAsciiDigit(text.at(i))
                    || text.at(i) == '.' || text.at(i) == '-') {
                i++;
            }
            if (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '>') {
                throw new EntityParseException("Unexpected end of name token at byte offset " + tokenStart);
            }
            return text.slice(tokenStart, i).toLowerCase(Locale.ROOT);
        }
        i++;
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        while (text.at(i) != quote && text.at(i) != 0) {
            if (text.at(i) == '&') {
                int code = decodeEntity();
                if (code != 0) {
                    value.writeBytes(new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
            }
            value.write(text.at(i++));
        }
        if (text.at(i) == quote) {
            i++;
        }
        return value.toString(StandardCharsets.UTF_8);
    }

    private void endTag(int beginPos) {
        if (nested.isEmpty()) {
            throw new EntityParseException("Unexpected end tag at byte offset " + beginPos);
        }
        while (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '>') {
            i++;
        }
        String endTag = text.slice(beginPos + 2, i).toLowerCase(Locale.ROOT);
        while (text.at(i) != 0 && Utf8Text.isSpace(text.at(i))) {
            i++;
        }
        if (text.at(i) != '>') {
            throw new EntityParseException("Unclosed end tag at byte offset " + beginPos);
        }
        Open open = nested.getLast();
        if (!endTag.isEmpty() && !endTag.equals(open.tag())) {
            throw new EntityParseException("Unmatched end tag at byte offset " + beginPos + ", expected \"</"
                    + open.tag() + ">\", found \"</" + endTag + ">\"");
        }
        int length = out.utf16Length() - open.utf16Offset();
        if (length > 0) {
            addEntity(open, length);
        }
        nested.removeLast();
    }

    private void addEntity(Open open, int length) {
        int offset = open.utf16Offset();
        switch (open.tag()) {
            case "i", "em" -> entities.add(new TextEntity(EntityType.ITALIC, offset, length, ""));
            case "b", "strong" -> entities.add(new TextEntity(EntityType.BOLD, offset, length, ""));
            case "s", "strike", "del" -> entities.add(new TextEntity(EntityType.STRIKETHROUGH, offset, length, ""));
            case "u", "ins" -> entities.add(new TextEntity(EntityType.UNDERLINE, offset, length, ""));
            case "tg-spoiler", "span" -> entities.add(new TextEntity(EntityType.SPOILER, offset, length, ""));
            case "tg-emoji" -> {
                if (!open.argument().matches("[1-9][0-9]{0,18}")) {
                    throw new EntityParseException("Invalid custom emoji identifier specified");
                }
                entities.add(new TextEntity(EntityType.CUSTOM_EMOJI, offset, length, open.argument()));
            }
            case "a" -> {
                String url = open.argument().isEmpty() ? out.sliceFrom(open.outputByteOffset()) : open.argument();
                var mentioned = Links.mentionedUserId(url);
                if (mentioned.isPresent()) {
                    entities.add(new TextEntity(EntityType.MENTION_NAME, offset, length, mentioned.get()));
                } else {
                    Links.checkedLink(url).ifPresent(link ->
                            entities.add(new TextEntity(EntityType.TEXT_URL, offset, length, link)));
                }
            }
            case "pre" -> addPre(offset, length);
            case "code" -> addCode(open, offset, length);
            case "blockquote" -> entities.add(new TextEntity(open.argument().isEmpty()
                    ? EntityType.BLOCK_QUOTE : EntityType.EXPANDABLE_BLOCK_QUOTE, offset, length, ""));
            default -> throw new IllegalStateException("unexpected tag " + open.tag());
        }
    }

    private void addPre(int offset, int length) {
        if (!entities.isEmpty()) {
            TextEntity last = entities.getLast();
            if (last.type() == EntityType.CODE && last.offset() == offset && last.length() == length
                    && !last.argument().isEmpty()) {
                entities.set(entities.size() - 1, new TextEntity(EntityType.PRE_CODE, offset, length, last.argument()));
                return;
            }
        }
        entities.add(new TextEntity(EntityType.PRE, offset, length, ""));
    }

    private void addCode(Open open, int offset, int length) {
        if (!entities.isEmpty()) {
            TextEntity last = entities.getLast();
            if (last.type() == EntityType.PRE && last.offset() == offset && last.length() == length
                    && !open.argument().isEmpty()) {
                entities.set(entities.size() - 1, new TextEntity(EntityType.PRE_CODE, offset, length, open.argument()));
                return;
            }
        }
        entities.add(new TextEntity(EntityType.CODE, offset, length, open.argument()));
    }

    private void skipSpaces() {
        while (text.at(i) != 0 && Utf8Text.isSpace(text.at(i))) {
            i++;
        }
    }

    /** After parsing, a code entity keeps no language (only pre does). */
    private static FormattedText withoutCodeLanguages(FormattedText parsed) {
        return new FormattedText(parsed.text(), parsed.entities().stream()
                .map(e -> e.type() == EntityType.CODE && !e.argument().isEmpty()
                        ? new TextEntity(EntityType.CODE, e.offset(), e.length(), "") : e)
                .toList());
    }
}
