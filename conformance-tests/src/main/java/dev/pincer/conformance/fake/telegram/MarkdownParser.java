package dev.pincer.conformance.fake.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses legacy {@code parse_mode=Markdown} text like TDLib's {@code parse_markdown}: {@code *bold*},
 * {@code _italic_}, {@code `code`}, {@code ```pre```} and {@code [text](url)}, without nesting; only
 * {@code _ * ` [} can be escaped.
 */
final class MarkdownParser {

    private MarkdownParser() {}

    /**
     * The text users see and its entities.
     *
     * @throws EntityParseException {@code Can't find end of the entity starting at byte offset N}
     */
    static FormattedText parse(String input) {
        Utf8Text text = new Utf8Text(input);
        Utf8Text.Output out = new Utf8Text.Output();
        List<TextEntity> entities = new ArrayList<>();
        int size = text.size();
        for (int i = 0; i < size; i++) {
            int c = text.at(i);
            int next = text.at(i + 1);
            if (c == '\\' && (next == '_' || next == '*' || next == '`' || next == '[')) {
                i++;
                out.writeByte(next);
                continue;
            }
            if (c != '_' && c != '*' && c != '`' && c != '[') {
                out.writeByte(c);
                continue;
            }
            int beginPos = i;
            int endCharacter = c == '[' ? ']' : c;
            boolean isPre = false;
            String language = "";
            i++;
            if (c == '`' && text.at(i) == '`' && text.at(i + 1) == '`') {
                i += 2;
                isPre = true;
                int languageEnd = i;
                while (!Utf8Text.isSpace(text.at(languageEnd)) && text.at(languageEnd) != '`') {
                    languageEnd++;
                }
                if (i != languageEnd && languageEnd < size && text.at(languageEnd) != '`') {
                    language = text.slice(i, languageEnd);
                    i = languageEnd;
                }
                int d = text.at(i);
                if (d == '\n' || d == '\r') {
                    int e = text.at(i + 1);
                    i += (e == '\n' || e == '\r') && d != e ? 2 : 1;
                }
            }
            int entityOffset = out.utf16Length();
            int entityBytes = out.byteSize();
            while (i < size && (text.at(i) != endCharacter
                    || (isPre && !(text.at(i + 1) == '`' && text.at(i + 2) == '`')))) {
                out.writeByte(text.at(i++));
            }
            if (i == size) {
                throw new EntityParseException("Can't find end of the entity starting at byte offset " + beginPos);
            }
            int length = out.utf16Length() - entityOffset;
            if (length != 0) {
                switch (c) {
                    case '_' -> entities.add(new TextEntity(EntityType.ITALIC, entityOffset, length, ""));
                    case '*' -> entities.add(new TextEntity(EntityType.BOLD, entityOffset, length, ""));
                    case '`' -> entities.add(isPre
                            ? new TextEntity(language.isEmpty() ? EntityType.PRE : EntityType.PRE_CODE,
                                    entityOffset, length, language)
                            : new TextEntity(EntityType.CODE, entityOffset, length, ""));
                    default -> {
                        String url;
                        if (text.at(i + 1) != '(') {
                            url = out.sliceFrom(entityBytes);
                        } else {
                            i += 2;
                            int urlStart = i;
                            while (i < size && text.at(i) != ')') {
                                i++;
                            }
                            url = text.slice(urlStart, i);
                        }
                        Links.checkedLink(url).ifPresent(link ->
                                entities.add(new TextEntity(EntityType.TEXT_URL, entityOffset, length, link)));
                    }
                }
            }
            if (isPre) {
                i += 2;
            }
        }
        return new FormattedText(out.text(), entities);
    }
}
