package dev.pincer.runtime.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.spi.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTemplateTest {

    @Test
    void resolvesPlaceholdersFromTheArguments() {
        ResourceTemplate template = ResourceTemplate.parse("github.repo:{owner}/{repo}");

        assertEquals(List.of("owner", "repo"), template.placeholders());
        assertEquals("github.repo:acme/widgets", template.resolve(Json.parseObject("{\"owner\": \"acme\", \"repo\": \"widgets\", \"n\": 1}")));
    }

    @Test
    void insertsWholeNumbersInDecimal() {
        assertEquals("github.issue:acme/w#42", ResourceTemplate.parse("github.issue:{owner}/{repo}#{number}")
                .resolve(Json.parseObject("{\"owner\": \"acme\", \"repo\": \"w\", \"number\": 42.0}")));
    }

    @Test
    void percentEncodesValuesSoThatNoneForgesASeparatorOrWildcard() {
        assertEquals("github.repo:acme%2Fevil/%2A", ResourceTemplate.parse("github.repo:{owner}/{repo}")
                .resolve(Json.parseObject("{\"owner\": \"acme/evil\", \"repo\": \"*\"}")));
        assertEquals("mail.to:%C3%A9l%C3%A8ve@example.org", ResourceTemplate.parse("mail.to:{address}")
                .resolve(Json.parseObject("{\"address\": \"élève@example.org\"}")));
    }

    @Test
    void aTemplateMayHaveNoPlaceholders() {
        ResourceTemplate template = ResourceTemplate.parse("weather.forecast:world");

        assertEquals(List.of(), template.placeholders());
        assertEquals("weather.forecast:world", template.resolve(Json.parseObject("{}")));
    }

    @Test
    void refusesToResolveAMissingOrMistypedArgument() {
        ResourceTemplate template = ResourceTemplate.parse("github.repo:{owner}/{repo}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> template.resolve(Json.parseObject("{\"owner\": \"acme\", \"repo\": true}")));
        assertEquals("resource github.repo:{owner}/{repo} needs argument 'repo' as a string or whole number, but it is true;"
                + " check the arguments against the action's schema first", e.getMessage());
    }

    @Test
    void rejectsMalformedTemplatesNamingTheField() {
        assertEquals("field 'resource': \"{owner}/{repo}\" does not start with a resource type and ':'; write a lower-case type"
                + " such as github.repo, a ':', then the resource, such as github.repo:{owner}/{repo}",
                assertThrows(ActionDeclarationException.class, () -> ResourceTemplate.parse("{owner}/{repo}")).getMessage());
        assertEquals("\"github.repo:{owner/{repo}\" has a malformed placeholder at index 12",
                assertThrows(ActionDeclarationException.class, () -> ResourceTemplate.parse("github.repo:{owner/{repo}")).problem());
        assertEquals("\"github.repo:*\" has '*' at index 12",
                assertThrows(ActionDeclarationException.class, () -> ResourceTemplate.parse("github.repo:*")).problem());
        assertEquals("\"github.repo:a b\" has a space or non-ASCII character at index 13",
                assertThrows(ActionDeclarationException.class, () -> ResourceTemplate.parse("github.repo:a b")).problem());
        assertEquals("\"github.repo:\" names no resource after ':'",
                assertThrows(ActionDeclarationException.class, () -> ResourceTemplate.parse("github.repo:")).problem());
        assertEquals("resource", assertThrows(ActionDeclarationException.class, () -> ResourceTemplate.parse("GitHub:x")).field());
    }

    @Test
    void equalsByText() {
        assertEquals(ResourceTemplate.parse("a.b:{x}"), ResourceTemplate.parse("a.b:{x}"));
        assertEquals("a.b:{x}", ResourceTemplate.parse("a.b:{x}").toString());
    }
}
