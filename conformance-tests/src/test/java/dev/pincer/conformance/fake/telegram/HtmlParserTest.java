package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlParserTest {

    @Test
    void parsesTheSupportedTags() {
        FormattedText parsed = HtmlParser.parse("<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>x</s>"
                + "<tg-spoiler>p</tg-spoiler><code>c</code><pre>pre</pre><blockquote>q</blockquote>");

        assertEquals("bsieuxpcpreq", parsed.text());
        assertEquals(List.of(EntityType.BOLD, EntityType.BOLD, EntityType.ITALIC, EntityType.ITALIC,
                        EntityType.UNDERLINE, EntityType.STRIKETHROUGH, EntityType.SPOILER, EntityType.CODE,
                        EntityType.PRE, EntityType.BLOCK_QUOTE),
                parsed.entities().stream().map(TextEntity::type).toList());
    }

    @Test
    void decodesTheFourNamedEntitiesAndNumericReferences() {
        assertEquals("<>&\" &nbsp; A 😀", HtmlParser.parse("&lt;&gt;&amp;&quot; &nbsp; &#65; &#x1F600;").text());
    }

    @Test
    void joinsPreAndCodeWithALanguageIntoOneEntity() {
        FormattedText parsed = HtmlParser.parse("<pre><code class=\"language-java\">int x;</code></pre>");

        assertEquals(List.of(new TextEntity(EntityType.PRE_CODE, 0, 6, "java")), parsed.entities());
    }

    @Test
    void readsTheHrefOfALink() {
        FormattedText parsed = HtmlParser.parse("<a href='https://example.org/a?b=1&amp;c=2'>x</a>");

        assertEquals(List.of(new TextEntity(EntityType.TEXT_URL, 0, 1, "https://example.org/a?b=1&c=2")),
                parsed.entities());
    }

    static Stream<Arguments> invalidMarkup() {
        return Stream.of(
                Arguments.of("<p>x</p>", "Unsupported start tag \"p\" at byte offset 0"),
                Arguments.of("1 < 2", "Unsupported start tag \"\" at byte offset 2"),
                Arguments.of("<b>x", "Can't find end tag corresponding to start tag \"b\""),
                Arguments.of("<b>x</i>", "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\""),
                Arguments.of("x</b>", "Unexpected end tag at byte offset 1"),
                Arguments.of("<b", "Unclosed start tag at byte offset 0"),
                Arguments.of("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0"),
                Arguments.of("&#xD83D;", "Text contains invalid Unicode characters after decoding HTML entities,"
                        + " check for unmatched surrogate code units"));
    }

    @ParameterizedTest
    @MethodSource("invalidMarkup")
    void rejectsInvalidMarkupWithTdlibsWords(String markup, String message) {
        EntityParseException e = assertThrows(EntityParseException.class, () -> HtmlParser.parse(markup));

        assertEquals(message, e.getMessage());
    }
}
