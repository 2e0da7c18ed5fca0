package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownV2ParserTest {

    static Stream<Character> reservedOutsideEntities() {
        return "]()>#+-=|{}.!".chars().mapToObj(c -> (char) c);
    }

    @ParameterizedTest
    @MethodSource("reservedOutsideEntities")
    void rejectsEachReservedCharacterUnescaped(char reserved) {
        EntityParseException e = assertThrows(EntityParseException.class,
                () -> MarkdownV2Parser.parse("a " + reserved));

        assertEquals("Character '" + reserved + "' is reserved and must be escaped with the preceding '\\'",
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("reservedOutsideEntities")
    void acceptsEachReservedCharacterEscaped(char reserved) {
        assertEquals("a " + reserved, MarkdownV2Parser.parse("a \\" + reserved).text());
    }

    @Test
    void letsAnyAsciiCharacterBeEscaped() {
        assertEquals("\\abc", MarkdownV2Parser.parse("\\\\\\a\\b\\c").text());
    }

    @Test
    void keepsABackslashBeforeANonAsciiCharacter() {
        assertEquals("\\➡", MarkdownV2Parser.parse("\\➡").text());
    }

    static Stream<Arguments> unfinishedEntities() {
        return Stream.of(
                Arguments.of("🏟 🏟_abacaba", "Can't find end of Italic entity at byte offset 9"),
                Arguments.of("🏟 🏟_abac * asd ", "Can't find end of Bold entity at byte offset 15"),
                Arguments.of("🏟 🏟`", "Can't find end of Code entity at byte offset 9"),
                Arguments.of("🏟 🏟```", "Can't find end of Pre entity at byte offset 9"),
                Arguments.of("🏟 🏟```a ", "Can't find end of PreCode entity at byte offset 9"),
                Arguments.of("🏟 🏟__", "Can't find end of Underline entity at byte offset 9"),
                Arguments.of("🏟 🏟||test\\|", "Can't find end of Spoiler entity at byte offset 9"),
                Arguments.of("[telegram\\.org](asd", "Can't find end of a URL at byte offset 16"),
                Arguments.of("🏟 🏟![👍]", "Custom emoji entity must contain a tg://emoji URL"),
                Arguments.of("![👍](tg://emoji?id=025)", "Invalid custom emoji identifier specified"),
                Arguments.of(">*b\n>ld \n>bo\nld*\nasd", "Can't find end of Bold entity at byte offset 1"));
    }

    @ParameterizedTest
    @MethodSource("unfinishedEntities")
    void namesTheUnfinishedEntityAndItsUtf8ByteOffset(String markup, String message) {
        EntityParseException e = assertThrows(EntityParseException.class, () -> MarkdownV2Parser.parse(markup));

        assertEquals(message, e.getMessage());
    }

    @Test
    void parsesNestedEntitiesWithUtf16Offsets() {
        FormattedText parsed = MarkdownV2Parser.parse("🏟 🏟_🏟 *🏟*_");

        assertEquals("🏟 🏟🏟 🏟", parsed.text());
        assertEquals(List.of(new TextEntity(EntityType.ITALIC, 5, 5, ""), new TextEntity(EntityType.BOLD, 8, 2, "")),
                parsed.entities());
    }

    @Test
    void readsDoubleUnderscoreAsUnderline() {
        FormattedText parsed = MarkdownV2Parser.parse("__under__ _it_");

        assertEquals("under it", parsed.text());
        assertEquals(EntityType.UNDERLINE, parsed.entities().get(0).type());
        assertEquals(EntityType.ITALIC, parsed.entities().get(1).type());
    }

    @Test
    void needsOnlyBacktickAndBackslashEscapedInsideCode() {
        FormattedText parsed = MarkdownV2Parser.parse("`a.b-c!(d)` and ```python\nprint(1.5)\n```");

        assertEquals("a.b-c!(d) and print(1.5)\n", parsed.text());
        assertEquals(new TextEntity(EntityType.PRE_CODE, 14, 11, "python"), parsed.entities().get(1));
    }

    @Test
    void parsesTextLinksAndDropsUnusableUrls() {
        FormattedText parsed = MarkdownV2Parser.parse("[site](https://example.org?q=1\\)) [bad](not a url)");

        assertEquals("site bad", parsed.text());
        assertEquals(List.of(new TextEntity(EntityType.TEXT_URL, 0, 4, "https://example.org/?q=1)")),
                parsed.entities());
    }

    @Test
    void parsesBlockquotesAndSpoilers() {
        FormattedText parsed = MarkdownV2Parser.parse("abc\n>quoted\n>more\ndef ||secret||");

        assertEquals("abc\nquoted\nmore\ndef secret", parsed.text());
        assertEquals(new TextEntity(EntityType.BLOCK_QUOTE, 4, 12, ""), parsed.entities().get(0));
        assertEquals(new TextEntity(EntityType.SPOILER, 20, 6, ""), parsed.entities().get(1));
    }

    @Test
    void rejectsAGreaterThanSignInsideALine() {
        EntityParseException e = assertThrows(EntityParseException.class, () -> MarkdownV2Parser.parse("a > b"));

        assertEquals("Character '>' is reserved and must be escaped with the preceding '\\'", e.getMessage());
    }

    @Test
    void dropsEmptyEntities() {
        assertEquals(new FormattedText("x", List.of()), MarkdownV2Parser.parse("x**"));
    }
}
