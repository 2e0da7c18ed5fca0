package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    @Test
    void parsesLegacyMarkdownWithoutReservedPunctuation() {
        FormattedText parsed = MarkdownParser.parse("*bold* _it_ `code` [site](https://example.org). Done!");

        assertEquals("bold it code site. Done!", parsed.text());
        assertEquals(List.of(EntityType.BOLD, EntityType.ITALIC, EntityType.CODE, EntityType.TEXT_URL),
                parsed.entities().stream().map(TextEntity::type).toList());
    }

    @Test
    void rejectsAnUnclosedEntityWithTheLegacyWording() {
        EntityParseException e = assertThrows(EntityParseException.class, () -> MarkdownParser.parse("a *b"));

        assertEquals("Can't find end of the entity starting at byte offset 2", e.getMessage());
    }

    @Test
    void escapesOnlyTheFourMarkupCharacters() {
        assertEquals("*_`[ \\.", MarkdownParser.parse("\\*\\_\\`\\[ \\.").text());
    }
}
