package dev.pincer.runtime.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code actions} of a tool's manifest (MAN-009): read with their schemas, refused with file, line, column and field. */
class ManifestActionsTest {
    private static final String HEAD = """
            {"kind": "tool", "name": "github", "spec": "tools/github", "specVersion": "1.0",
             "entry": "example.github.GitHubTool", "egress": ["api.github.com"],
             "secrets": {"GITHUB_TOKEN": ["api.github.com"]},
            """;
    private static final String LIST_ISSUES = """
              {"name": "list_issues",
               "description": "Lists open issues of a repository.",
               "arguments": {"type": "object",
                             "properties": {"owner": {"type": "string"}, "repo": {"type": "string", "pattern": "^[A-Za-z0-9_.-]+$"}},
                             "required": ["owner", "repo"], "additionalProperties": false},
               "effect": "read",
               "resource": "github.repo:{owner}/{repo}"}""";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve(Manifest.FILE_NAME), json);
    }

    private ManifestException rejected(String json) throws IOException {
        Path file = write(json);
        return assertThrows(ManifestException.class, () -> Manifest.read(file));
    }

    /** The problem part of the message: after {@code field '…': }, before the first {@code ; }. */
    private static String problem(ManifestException e) {
        String rest = afterField(e);
        return rest.substring(0, rest.indexOf("; "));
    }

    /** The fix part of the message: after the first {@code ; } that follows the field. */
    private static String fix(ManifestException e) {
        String rest = afterField(e);
        return rest.substring(rest.indexOf("; ") + 2);
    }

    private static String afterField(ManifestException e) {
        String marker = "field '" + e.field() + "': ";
        return e.getMessage().substring(e.getMessage().indexOf(marker) + marker.length());
    }

    @Test
    void readsEachActionWithItsSchemaEffectAndResource() throws IOException {
        Manifest manifest = Manifest.read(write(HEAD + " \"actions\": [\n" + LIST_ISSUES + "]}"));

        assertEquals(1, manifest.actions().size());
        var action = manifest.action("list_issues").orElseThrow();
        assertEquals("Lists open issues of a repository.", action.description());
        assertEquals(Effect.READ, action.effect());
        assertEquals("github.repo:{owner}/{repo}", action.resource().text());
        assertEquals(List.of("owner", "repo"), action.arguments().array("required").elements().stream()
                .map(j -> ((dev.pincer.spi.json.JsonString) j).value()).toList());
        assertEquals(List.of("arguments.repo: \"a/b/c\" does not match ^[A-Za-z0-9_.-]+$"),
                action.argumentProblems(Json.parseObject("{\"owner\": \"o\", \"repo\": \"a/b/c\"}")));
        assertEquals(java.util.Optional.empty(), manifest.action("delete_repo"));
    }

    @Test
    void aToolMustDeclareActions() throws IOException {
        ManifestException e = rejected(HEAD + " \"config\": {}}");

        assertEquals("actions", e.field());
        assertEquals(dir.resolve("pincer.json") + ":1:1: field 'actions': required field is missing for kind \"tool\"; add"
                + " \"actions\", the actions the tool offers, such as [{\"name\": \"list_issues\", \"description\": \"…\","
                + " \"arguments\": {\"type\": \"object\", …}, \"effect\": \"read\", \"resource\": \"github.repo:{owner}/{repo}\"}]",
                e.getMessage());
        assertEquals("the list is empty", problem(rejected(HEAD + " \"actions\": []}")));
    }

    @Test
    void otherKindsMustNotDeclareActions() throws IOException {
        ManifestException e = rejected(HEAD.replace("\"tool\"", "\"channel\"") + " \"actions\": [\n" + LIST_ISSUES + "]}");

        assertEquals(dir.resolve("pincer.json") + ":4:2: field 'actions': only a tool declares actions, and this manifest's"
                + " kind is \"channel\"; remove \"actions\", or set \"kind\" to \"tool\"", e.getMessage());
    }

    @Test
    void pointsAtAnInvalidPatternInsideTheSchema() throws IOException {
        ManifestException e = rejected(HEAD + " \"actions\": [\n" + LIST_ISSUES.replace("^[A-Za-z0-9_.-]+$", "[a-z") + "]}");

        assertEquals("actions[0].arguments.properties.repo.pattern", e.field());
        assertEquals(8, e.line());
        assertEquals(98, e.column());
        assertEquals("\"[a-z\" is not a valid regular expression (Unclosed character class near index 3)", problem(e));
    }

    @Test
    void namesTheValidEffects() throws IOException {
        ManifestException e = rejected(HEAD + " \"actions\": [\n" + LIST_ISSUES.replace("\"read\"", "\"modify\"") + "]}");

        assertEquals("actions[0].effect", e.field());
        assertEquals(10, e.line());
        assertEquals("write one of \"read\", \"write\", \"delete\", \"send\", \"spend\"", fix(e));
    }

    @Test
    void theResourceNamesOnlyRequiredArguments() throws IOException {
        ManifestException e = rejected(HEAD + " \"actions\": [\n" + LIST_ISSUES.replace("{owner}/{repo}", "{owner}/{branch}") + "]}");

        assertEquals("actions[0].resource", e.field());
        assertEquals(11, e.line());
        assertEquals("placeholder {branch} of \"github.repo:{owner}/{branch}\" is not a declared argument", problem(e));
    }

    @Test
    void refusesUnknownAndMissingFieldsOfAnAction() throws IOException {
        ManifestException unknown = rejected(HEAD + " \"actions\": [\n" + LIST_ISSUES.replace("\"effect\"", "\"effects\"") + "]}");
        assertEquals("actions[0].effects", unknown.field());
        assertEquals("unknown field of an action", problem(unknown));
        assertEquals("known fields are name, description, arguments, effect, resource, and for a spend action amount",
                fix(unknown));

        ManifestException missing = rejected(HEAD + " \"actions\": [{\"name\": \"a\"}]}");
        assertEquals("actions[0].description", missing.field());
        assertEquals("required field is missing", problem(missing));
    }

    private static final String BUY = """
              {"name": "buy",
               "description": "Buys an item.",
               "arguments": {"type": "object",
                             "properties": {"item": {"type": "string"}, "price": {"type": "number"}, "note": {"type": "string"}},
                             "required": ["item", "price"]},
               "effect": "spend",
               "resource": "shop.item:{item}",
               "amount": {"argument": "price", "currency": "USD"}}""";

    @Test
    void aSpendActionDeclaresWhichArgumentHoldsItsAmount() throws IOException {
        var action = Manifest.read(write(HEAD + " \"actions\": [\n" + BUY + "]}")).action("buy").orElseThrow();

        assertEquals(java.util.Optional.of(new dev.pincer.runtime.tool.AmountDeclaration("price", "USD")), action.amount());
        assertEquals(java.util.Optional.of(dev.pincer.runtime.tool.Amount.parse("12.5 USD")),
                action.amountFor(Json.parseObject("{\"item\": \"x\", \"price\": 12.5}")));
        assertEquals(java.util.Optional.empty(), action.amountFor(Json.parseObject("{\"item\": \"x\"}")));
        assertEquals(java.util.Optional.empty(), action.amountFor(Json.parseObject("{\"item\": \"x\", \"price\": -1}")));
    }

    @Test
    void onlyASpendActionDeclaresAnAmount() throws IOException {
        ManifestException e = rejected(HEAD + " \"actions\": [\n" + BUY.replace("\"spend\"", "\"write\"") + "]}");

        assertEquals("actions[0].amount", e.field());
        assertEquals(12, e.line());
        assertEquals("the action's effect is \"write\", and only a spend action declares an amount", problem(e));
        assertEquals("remove \"amount\", or set \"effect\" to \"spend\"", fix(e));
    }

    @Test
    void theAmountNamesARequiredNumberArgument() throws IOException {
        ManifestException optional = rejected(HEAD + " \"actions\": [\n" + BUY.replace("\"argument\": \"price\"",
                "\"argument\": \"note\"").replace("\"required\": [\"item\", \"price\"]", "\"required\": [\"item\", \"note\"]") + "]}");
        assertEquals("actions[0].amount.argument", optional.field());
        assertEquals(12, optional.line());
        assertEquals("\"note\" is of type \"string\"", problem(optional));
        assertEquals("name an argument that is declared, listed in \"required\", and of type number or integer", fix(optional));

        assertEquals("\"price\" is not a required argument", problem(rejected(HEAD + " \"actions\": [\n"
                + BUY.replace("\"required\": [\"item\", \"price\"]", "\"required\": [\"item\"]") + "]}")));
        assertEquals("\"cost\" is not a declared argument", problem(rejected(HEAD + " \"actions\": [\n"
                + BUY.replace("\"argument\": \"price\"", "\"argument\": \"cost\"") + "]}")));
    }

    @Test
    void theAmountsCurrencyIsAnIsoCode() throws IOException {
        ManifestException e = rejected(HEAD + " \"actions\": [\n" + BUY.replace("\"USD\"", "\"usd\"") + "]}");

        assertEquals("actions[0].amount.currency", e.field());
        assertEquals(12, e.line());
        assertEquals("\"usd\" is not a currency code", problem(e));
        assertEquals("write the ISO 4217 code in three upper-case letters, such as \"USD\" or \"EUR\"", fix(e));
    }

    @Test
    void theAmountHasExactlyArgumentAndCurrency() throws IOException {
        ManifestException unknown = rejected(HEAD + " \"actions\": [\n" + BUY.replace("\"currency\"", "\"curency\"") + "]}");
        assertEquals("actions[0].amount.curency", unknown.field());
        assertEquals("unknown field of an amount", problem(unknown));
        assertEquals("known fields are argument, currency, as in {\"argument\": \"price\", \"currency\": \"USD\"}", fix(unknown));

        assertEquals("expected an object, found the string \"USD\"", problem(rejected(HEAD + " \"actions\": [\n"
                + BUY.replace("{\"argument\": \"price\", \"currency\": \"USD\"}", "\"USD\"") + "]}")));
        assertEquals("actions[0].amount.currency", rejected(HEAD + " \"actions\": [\n"
                + BUY.replace(", \"currency\": \"USD\"", "") + "]}").field());
    }

    @Test
    void refusesTwoActionsWithOneName() throws IOException {
        ManifestException e = rejected(HEAD + " \"actions\": [\n" + LIST_ISSUES + ",\n" + LIST_ISSUES + "]}");

        assertEquals("actions[1].name", e.field());
        assertEquals("\"list_issues\" is declared twice (also at actions[0])", problem(e));
    }

    @Test
    void refusesValuesOfTheWrongJsonType() throws IOException {
        assertEquals("expected a string, found the number 3",
                problem(rejected(HEAD + " \"actions\": [\n" + LIST_ISSUES.replace("\"read\"", "3") + "]}")));
        assertEquals("expected a list of actions, found an object", problem(rejected(HEAD + " \"actions\": {}}")));
        assertEquals("actions[0].arguments", rejected(HEAD + " \"actions\": [{\"name\": \"a\", \"description\": \"d\","
                + " \"arguments\": \"any\", \"effect\": \"read\", \"resource\": \"a.b:c\"}]}").field());
    }

    @Test
    void theRecordChecksTheKindRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Manifest(dir.resolve("pincer.json"),
                "tool", "github", "tools/github", "1.0", "a.B", List.of("api.github.com"), Map.of(), Map.of()));

        assertEquals("manifest field 'actions': a tool declares at least one action; list them with name, description,"
                + " arguments, effect and resource", e.getMessage());
    }
}
