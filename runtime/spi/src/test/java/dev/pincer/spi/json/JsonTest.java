package dev.pincer.spi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsATelegramUpdateWithTypedAccessors() {
        JsonObject update = Json.parseObject("""
                {"update_id": 734019201, "message": {"message_id": 4711, "chat": {"id": -1001987654321},
                 "text": "Hello \\u00e9 \\ud83d\\ude00", "is_bot": false}}""");
        assertEquals(734019201L, update.longValue("update_id"));
        JsonObject message = update.object("message");
        assertEquals(-1001987654321L, message.object("chat").longValue("id"));
        assertEquals("Hello é \uD83D\uDE00", message.string("text"));
        assertEquals(Optional.of(false), message.optBool("is_bot"));
        assertEquals(Optional.empty(), message.optString("caption"));
    }

    @Test
    void printsCompactJsonThatParsesBackToAnEqualValue() {
        JsonObject built = Json.object()
                .put("chat_id", 42)
                .put("text", "quote \" backslash \\ newline \n tab \t control \u0001 line separator \u2028")
                .put("reply", Json.object().put("message_id", 7).build())
                .put("flags", Json.array(List.of(Json.of(true), JsonNull.INSTANCE, Json.of("x"))))
                .build();
        String printed = built.toString();
        assertEquals(built, Json.parse(printed));
        assertTrue(printed.startsWith("{\"chat_id\":42,\"text\":\"quote \\\" backslash \\\\ newline \\n"), printed);
        assertTrue(printed.contains("\\u0001") && printed.contains("\\u2028"), printed);
    }

    @Test
    void keepsLargeAndFractionalNumbersExact() {
        JsonObject numbers = Json.parseObject("{\"big\": 4503599627370495, \"retry\": 1.5, \"exp\": 2e3}");
        assertEquals(4503599627370495L, numbers.longValue("big"));
        assertEquals(1.5, ((JsonNumber) numbers.get("retry").orElseThrow()).doubleValue());
        JsonException notWhole = assertThrows(JsonException.class, () -> numbers.longValue("retry"));
        assertEquals("expected a whole number that fits in 64 bits, was 1.5", notWhole.getMessage());
    }

    @Test
    void malformedTextNamesLineAndColumn() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\n  \"ok\": tru\n}"));
        assertEquals("invalid JSON at line 2, column 9: unexpected 't', expected a value", e.getMessage());
        JsonException html = assertThrows(JsonException.class, () -> Json.parse("<html>502 Bad Gateway</html>"));
        assertEquals("invalid JSON at line 1, column 1: unexpected '<', expected a value", html.getMessage());
        JsonException trailing = assertThrows(JsonException.class, () -> Json.parse("{} x"));
        assertEquals("invalid JSON at line 1, column 4: unexpected 'x' after the JSON value", trailing.getMessage());
    }

    @Test
    void rejectsWhatStrictJsonForbids() {
        assertThrows(JsonException.class, () -> Json.parse("{\"a\":1,}"));
        assertThrows(JsonException.class, () -> Json.parse("[01]"));
        assertThrows(JsonException.class, () -> Json.parse("\"tab\there\""));
        assertThrows(JsonException.class, () -> Json.parse("'single'"));
        JsonException duplicate = assertThrows(JsonException.class, () -> Json.parse("{\"a\":1,\"a\":2}"));
        assertTrue(duplicate.getMessage().endsWith("duplicate member name 'a'"), duplicate.getMessage());
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(deep));
        assertTrue(e.getMessage().endsWith("nesting deeper than 256 levels"), e.getMessage());
    }

    @Test
    void wrongTypeNamesTheMemberAndWhatWasFound() {
        JsonObject envelope = Json.parseObject("{\"ok\": \"yes\", \"result\": []}");
        JsonException e = assertThrows(JsonException.class, () -> envelope.bool("ok"));
        assertEquals("member 'ok' should be a boolean but is a string: \"yes\"", e.getMessage());
        JsonException missing = assertThrows(JsonException.class, () -> envelope.string("description"));
        assertEquals("missing member 'description'; members present: [ok, result]", missing.getMessage());
        JsonException notObjects = assertThrows(JsonException.class, () -> Json.parseObject("{\"r\":[{},1]}").array("r").objects());
        assertEquals("expected an object at index 1 but found a number", notObjects.getMessage());
    }

    @Test
    void parseObjectRefusesOtherValues() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parseObject("[1,2]"));
        assertEquals("expected a JSON object but the text is an array", e.getMessage());
    }
}
