package dev.pincer.runtime.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentSchemaTest {
    private static final JsonObject ISSUES = Json.parseObject("""
            {"type": "object",
             "properties": {
               "owner": {"type": "string", "pattern": "^[A-Za-z0-9-]+$", "maxLength": 39},
               "repo": {"type": "string", "pattern": "^[A-Za-z0-9_.-]+$", "minLength": 1},
               "state": {"type": "string", "enum": ["open", "closed", "all"], "description": "which issues"},
               "number": {"type": "integer", "minimum": 1, "maximum": 1000000},
               "ratio": {"type": "number", "minimum": 0.5},
               "draft": {"type": "boolean"},
               "labels": {"type": "array", "items": {"type": "string", "minLength": 1}},
               "filter": {"type": "object", "properties": {"since": {"type": "string"}}, "additionalProperties": false}
             },
             "required": ["owner", "repo"],
             "additionalProperties": false}
            """);

    private static List<String> problems(String arguments) {
        return ArgumentSchema.problems(ISSUES, Json.parseObject(arguments));
    }

    @Test
    void acceptsValidArgumentsWithOptionalOnesLeftOut() {
        assertEquals(List.of(), problems("{\"owner\": \"acme\", \"repo\": \"widgets.js\"}"));
        assertEquals(List.of(), problems("""
                {"owner": "acme", "repo": "w", "state": "all", "number": 7, "ratio": 0.5, "draft": true,
                 "labels": ["bug", "ui"], "filter": {"since": "2026-01-01"}}
                """));
    }

    @Test
    void namesAPatternMismatchWithItsPathValueAndPattern() {
        assertEquals(List.of("arguments.repo: \"a/b/c\" does not match ^[A-Za-z0-9_.-]+$"),
                problems("{\"owner\": \"acme\", \"repo\": \"a/b/c\"}"));
    }

    @Test
    void reportsEveryMissingRequiredArgument() {
        assertEquals(List.of("arguments: missing required argument \"owner\"", "arguments: missing required argument \"repo\""),
                problems("{}"));
    }

    @Test
    void refusesUndeclaredArgumentsWhenAdditionalPropertiesIsFalse() {
        assertEquals(List.of("arguments.token: not a declared argument; declared: owner, repo, state, number, ratio, draft, labels, filter"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"token\": \"x\"}"));
        assertEquals(List.of("arguments.filter.until: not a declared argument; declared: since"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"filter\": {\"until\": \"x\"}}"));
    }

    @Test
    void allowsUndeclaredArgumentsWhenAdditionalPropertiesIsLeftOut() {
        JsonObject open = Json.parseObject("{\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}}");

        assertEquals(List.of(), ArgumentSchema.problems(open, Json.parseObject("{\"q\": \"x\", \"extra\": 1}")));
    }

    @Test
    void namesTheExpectedTypeAndWhatWasFound() {
        assertEquals(List.of("arguments.number: expected an integer, found the string \"5\""),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"number\": \"5\"}"));
        assertEquals(List.of("arguments.number: expected an integer, found the number 1.5"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"number\": 1.5}"));
        assertEquals(List.of("arguments.owner: expected a string, found null"),
                problems("{\"owner\": null, \"repo\": \"b\"}"));
        assertEquals(List.of("arguments.draft: expected a boolean, found the string \"yes\""),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"draft\": \"yes\"}"));
        assertEquals(List.of("arguments.labels: expected an array, found the string \"bug\""),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"labels\": \"bug\"}"));
        assertEquals(List.of("arguments.filter: expected an object, found an array"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"filter\": []}"));
    }

    @Test
    void aWholeNumberWrittenWithAFractionIsAnInteger() {
        assertEquals(List.of(), problems("{\"owner\": \"a\", \"repo\": \"b\", \"number\": 7.0}"));
        assertEquals(List.of(), problems("{\"owner\": \"a\", \"repo\": \"b\", \"number\": 1e2}"));
    }

    @Test
    void checksBoundsOfNumbers() {
        assertEquals(List.of("arguments.number: 0 is below the minimum 1"), problems("{\"owner\": \"a\", \"repo\": \"b\", \"number\": 0}"));
        assertEquals(List.of("arguments.number: 1000001 is above the maximum 1000000"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"number\": 1000001}"));
        assertEquals(List.of("arguments.ratio: 0.49 is below the minimum 0.5"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"ratio\": 0.49}"));
    }

    @Test
    void countsLengthsInCodePoints() {
        String fortyEmoji = "😀".repeat(39);
        JsonObject schema = Json.parseObject("{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"maxLength\": 39}}}");

        assertEquals(List.of(), ArgumentSchema.problems(schema, Json.object().put("s", fortyEmoji).build()));
        assertEquals(List.of("arguments.s: 40 characters is longer than 39"),
                ArgumentSchema.problems(schema, Json.object().put("s", fortyEmoji + "a").build()));
        assertEquals(List.of("arguments.repo: \"\" is shorter than 1 character", "arguments.repo: \"\" does not match ^[A-Za-z0-9_.-]+$"),
                problems("{\"owner\": \"a\", \"repo\": \"\"}"));
    }

    @Test
    void namesTheChoicesOfAnEnum() {
        assertEquals(List.of("arguments.state: \"opened\" is not one of \"open\", \"closed\", \"all\""),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"state\": \"opened\"}"));
    }

    @Test
    void comparesNumericEnumsByValue() {
        JsonObject schema = Json.parseObject("{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"enum\": [10, 20]}}}");

        assertEquals(List.of(), ArgumentSchema.problems(schema, Json.parseObject("{\"n\": 10.0}")));
        assertEquals(List.of("arguments.n: 15 is not one of 10, 20"), ArgumentSchema.problems(schema, Json.parseObject("{\"n\": 15}")));
    }

    @Test
    void namesEachBadArrayElementByIndex() {
        assertEquals(List.of("arguments.labels[1]: \"\" is shorter than 1 character", "arguments.labels[2]: expected a string, found the number 3"),
                problems("{\"owner\": \"a\", \"repo\": \"b\", \"labels\": [\"bug\", \"\", 3]}"));
    }

    @Test
    void reportsEveryProblemOfOneValue() {
        assertEquals(List.of("arguments.owner: 40 characters is longer than 39", "arguments.owner: \"" + "a".repeat(39) + "_\" does not match ^[A-Za-z0-9-]+$"),
                problems("{\"owner\": \"" + "a".repeat(39) + "_\", \"repo\": \"b\"}"));
    }

    @Test
    void aPatternIsFoundAnywhereUnlessAnchored() {
        JsonObject schema = Json.parseObject("{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"pattern\": \"[0-9]\"}}}");

        assertEquals(List.of(), ArgumentSchema.problems(schema, Json.parseObject("{\"s\": \"abc1\"}")));
        assertEquals(1, ArgumentSchema.problems(schema, Json.parseObject("{\"s\": \"abc\"}")).size());
    }

    @Test
    void shortensLongValuesInMessages() {
        String problem = problems("{\"owner\": \"a\", \"repo\": \"" + "x/".repeat(500) + "\"}").get(0);

        assertTrue(problem.length() < 120, problem);
        assertTrue(problem.contains("…"), problem);
    }

    @Test
    void neverThrowsForASchemaOutsideTheSubsetButSaysSo() {
        JsonObject schema = Json.parseObject("{\"type\": \"object\", \"properties\": {\"s\": {\"type\": [\"string\", \"null\"]}}}");

        List<String> problems = ArgumentSchema.problems(schema, Json.parseObject("{\"s\": \"x\"}"));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("arguments: the action's schema is not valid (field 'properties.s.type': expected a string"),
                problems.get(0));
    }
}
