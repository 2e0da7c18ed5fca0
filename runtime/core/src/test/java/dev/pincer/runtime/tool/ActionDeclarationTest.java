package dev.pincer.runtime.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionDeclarationTest {
    private static final String REPO_ARGUMENTS = """
            {"type": "object",
             "properties": {"owner": {"type": "string"}, "repo": {"type": "string"}, "number": {"type": "integer"},
                            "draft": {"type": "boolean"}, "title": {"type": "string"}},
             "required": ["owner", "repo", "draft"]}
            """;

    private static ActionDeclaration action(String schema, String resource) {
        return new ActionDeclaration("list_issues", "Lists issues.", Json.parseObject(schema), Effect.READ,
                ResourceTemplate.parse(resource));
    }

    private static ActionDeclarationException rejected(String schema) {
        return assertThrows(ActionDeclarationException.class, () -> action(schema, "x.y:z"));
    }

    @Test
    void validatesArgumentsAndResolvesTheResource() {
        ActionDeclaration action = action(REPO_ARGUMENTS, "github.repo:{owner}/{repo}");
        JsonObject arguments = Json.parseObject("{\"owner\": \"acme\", \"repo\": \"w\", \"draft\": false}");

        assertEquals(List.of(), action.argumentProblems(arguments));
        assertEquals("github.repo:acme/w", action.resourceFor(arguments));
        assertEquals(List.of("arguments: missing required argument \"draft\""),
                action.argumentProblems(Json.parseObject("{\"owner\": \"acme\", \"repo\": \"w\"}")));
    }

    @Test
    void rejectsABadName() {
        ActionDeclarationException e = assertThrows(ActionDeclarationException.class,
                () -> new ActionDeclaration("List-Issues", "x", Json.parseObject("{\"type\": \"object\"}"), Effect.READ,
                        ResourceTemplate.parse("a.b:c")));

        assertEquals("field 'name': \"List-Issues\" is not a valid action name; write 1 to 32 characters: a lower-case letter,"
                + " then lower-case letters, digits or '_', such as list_issues", e.getMessage());
        assertThrows(ActionDeclarationException.class, () -> new ActionDeclaration("a".repeat(33), "x",
                Json.parseObject("{\"type\": \"object\"}"), Effect.READ, ResourceTemplate.parse("a.b:c")));
    }

    @Test
    void rejectsABlankDescription() {
        assertEquals("description", assertThrows(ActionDeclarationException.class, () -> new ActionDeclaration("a", " \n",
                Json.parseObject("{\"type\": \"object\"}"), Effect.READ, ResourceTemplate.parse("a.b:c"))).field());
    }

    @Test
    void resourcePlaceholdersNameRequiredStringOrIntegerArguments() {
        assertEquals("field 'resource': placeholder {nobody} of \"github.repo:{nobody}\" is not a declared argument; name only"
                + " arguments that are declared, listed in \"required\", and of type string or integer",
                assertThrows(ActionDeclarationException.class, () -> action(REPO_ARGUMENTS, "github.repo:{nobody}")).getMessage());
        assertEquals("placeholder {number} of \"github.issue:{number}\" is not a required argument",
                assertThrows(ActionDeclarationException.class, () -> action(REPO_ARGUMENTS, "github.issue:{number}")).problem());
        assertEquals("placeholder {draft} of \"github.draft:{draft}\" is of type \"boolean\"",
                assertThrows(ActionDeclarationException.class, () -> action(REPO_ARGUMENTS, "github.draft:{draft}")).problem());
    }

    @Test
    void theArgumentsSchemaIsAnObject() {
        ActionDeclarationException e = rejected("{\"type\": \"string\"}");

        assertEquals("arguments.type", e.field());
        assertEquals("the arguments schema has type \"string\"", e.problem());
    }

    @Test
    void everySchemaNamesASupportedType() {
        assertEquals("field 'arguments.properties.q': the schema has no 'type'; add \"type\": one of object, string, integer,"
                + " number, boolean, array", rejected("{\"type\": \"object\", \"properties\": {\"q\": {}}}").getMessage());
        assertEquals("\"null\" is not a supported type",
                rejected("{\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"null\"}}}").problem());
        assertEquals("arguments.properties.q.type",
                rejected("{\"type\": \"object\", \"properties\": {\"q\": {\"type\": [\"string\"]}}}").field());
    }

    @Test
    void refusesKeywordsOutsideTheSubsetListingTheSupportedOnes() {
        ActionDeclarationException e = rejected("{\"type\": \"object\", \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}");

        assertEquals("arguments.$schema", e.field());
        assertEquals("keyword '$schema' is not supported for type \"object\"", e.problem());
        assertEquals("use only additionalProperties, description, properties, required, type", e.fix());
        assertEquals("keyword 'pattern' is not supported for type \"integer\"",
                rejected("{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"pattern\": \"x\"}}}").problem());
        assertEquals("keyword 'default' is not supported for type \"string\"",
                rejected("{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"default\": \"x\"}}}").problem());
    }

    @Test
    void checksEachKeywordsValue() {
        String prefix = "{\"type\": \"object\", \"properties\": {\"s\": ";
        assertEquals("\"(\" is not a valid regular expression (Unclosed group near index 1)",
                rejected(prefix + "{\"type\": \"string\", \"pattern\": \"(\"}}}").problem());
        assertEquals("expected a whole number from 0 to 2147483647, found the number -1",
                rejected(prefix + "{\"type\": \"string\", \"maxLength\": -1}}}").problem());
        assertEquals("minLength 5 is above maxLength 2",
                rejected(prefix + "{\"type\": \"string\", \"minLength\": 5, \"maxLength\": 2}}}").problem());
        assertEquals("minimum 3 is above maximum 1",
                rejected(prefix + "{\"type\": \"integer\", \"minimum\": 3, \"maximum\": 1}}}").problem());
        assertEquals("expected a number, found the string \"1\"",
                rejected(prefix + "{\"type\": \"integer\", \"minimum\": \"1\"}}}").problem());
        assertEquals("1.5 is not an integer", rejected(prefix + "{\"type\": \"integer\", \"enum\": [1, 1.5]}}}").problem());
        assertEquals("\"a\" is listed twice", rejected(prefix + "{\"type\": \"string\", \"enum\": [\"a\", \"a\"]}}}").problem());
        assertEquals("expected a non-empty list of values, found an array",
                rejected(prefix + "{\"type\": \"string\", \"enum\": []}}}").problem());
        assertEquals("an array schema without 'items'", rejected(prefix + "{\"type\": \"array\"}}}").problem());
        assertEquals("arguments.properties.s.items.type",
                rejected(prefix + "{\"type\": \"array\", \"items\": {\"type\": \"date\"}}}}").field());
    }

    @Test
    void additionalPropertiesMayOnlyBeFalse() {
        assertEquals("only false is supported, found true",
                rejected("{\"type\": \"object\", \"additionalProperties\": true}").problem());
    }

    @Test
    void requiredNamesDeclaredPropertiesOnce() {
        assertEquals("arguments.required[1]", rejected("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}},"
                + " \"required\": [\"a\", \"b\"]}").field());
        assertEquals("\"a\" is listed twice", rejected("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}},"
                + " \"required\": [\"a\", \"a\"]}").problem());
    }

    @Test
    void argumentNamesAreIdentifiers() {
        assertEquals("\"re po\" is not a valid argument name",
                rejected("{\"type\": \"object\", \"properties\": {\"re po\": {\"type\": \"string\"}}}").problem());
    }

    @Test
    void limitsNesting() {
        String deep = "{\"type\": \"object\"}";
        for (int i = 0; i < 10; i++) {
            deep = "{\"type\": \"object\", \"properties\": {\"x\": " + deep + "}}";
        }
        assertEquals("schemas nest deeper than 10 levels", rejected(deep).problem());
    }

    @Test
    void effectsAreReadWriteDeleteSendAndSpend() {
        assertEquals(Effect.SPEND, Effect.fromWireName("spend"));
        assertEquals("write", Effect.WRITE.wireName());
        assertEquals("field 'effect': \"modify\" is not an effect; write one of \"read\", \"write\", \"delete\", \"send\", \"spend\"",
                assertThrows(ActionDeclarationException.class, () -> Effect.fromWireName("modify")).getMessage());
    }

    private static final String BUY_ARGUMENTS = """
            {"type": "object",
             "properties": {"item": {"type": "string"}, "price": {"type": "number"}, "cents": {"type": "integer"},
                            "note": {"type": "string"}, "maybe": {"type": "number"}},
             "required": ["item", "price", "cents", "note"]}
            """;

    private static ActionDeclaration buy(Effect effect, String argument, String currency) {
        return new ActionDeclaration("buy", "Buys an item.", Json.parseObject(BUY_ARGUMENTS), effect,
                ResourceTemplate.parse("shop.item:{item}"), java.util.Optional.of(new AmountDeclaration(argument, currency)));
    }

    @Test
    void aSpendActionsAmountComesFromARequiredNumberArgument() {
        ActionDeclaration byPrice = buy(Effect.SPEND, "price", "USD");
        ActionDeclaration byCents = buy(Effect.SPEND, "cents", "EUR");

        assertEquals(java.util.Optional.of(Amount.parse("9.99 USD")),
                byPrice.amountFor(Json.parseObject("{\"item\": \"a\", \"price\": 9.99}")));
        assertEquals(java.util.Optional.of(Amount.parse("250 EUR")),
                byCents.amountFor(Json.parseObject("{\"item\": \"a\", \"cents\": 250}")));
        assertEquals(java.util.Optional.empty(), byPrice.amountFor(Json.parseObject("{\"item\": \"a\", \"price\": \"9\"}")));
        assertEquals(java.util.Optional.empty(), action(REPO_ARGUMENTS, "x.y:z").amountFor(Json.parseObject("{}")));
    }

    @Test
    void onlyASpendActionDeclaresAnAmountOfARequiredNumber() {
        assertEquals("field 'amount': the action's effect is \"send\", and only a spend action declares an amount; remove "
                + "\"amount\", or set \"effect\" to \"spend\"",
                assertThrows(ActionDeclarationException.class, () -> buy(Effect.SEND, "price", "USD")).getMessage());
        assertEquals("amount.argument", assertThrows(ActionDeclarationException.class,
                () -> buy(Effect.SPEND, "maybe", "USD")).field());
        assertEquals("\"note\" is of type \"string\"", assertThrows(ActionDeclarationException.class,
                () -> buy(Effect.SPEND, "note", "USD")).problem());
        assertEquals("amount.currency", assertThrows(ActionDeclarationException.class,
                () -> buy(Effect.SPEND, "price", "Usd")).field());
    }
}
