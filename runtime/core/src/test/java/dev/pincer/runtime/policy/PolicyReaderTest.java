package dev.pincer.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading policy.yaml: every problem is refused with file:line:column, the field, the bad value and what is valid. */
class PolicyReaderTest {

    @TempDir
    Path dir;

    private static String refused(String yaml) {
        return assertThrows(PolicyException.class, () -> Policy.parse(yaml, "policy.yaml")).getMessage();
    }

    @Test
    void readsEveryPartOfAFullPolicy() throws IOException {
        Path file = Files.writeString(dir.resolve("policy.yaml"), """
                owner:
                  ids: ["local:*", "telegram:111111"]
                  approvals: "telegram:111111"
                principals:
                  alice: ["telegram:222222", "slack:U024BE7LH"]
                chats:
                  family: "telegram:-1001234"
                trust: ["github.get_issue"]
                rules:
                  - allow: "email.read"
                  - deny: ["email.send", "email.delete"]
                  - allow: "*.reply"
                    for: [owner, alice]
                    in: [family, "telegram:-1009999"]
                  - deny: "host:evil.example:connect"
                budgets:
                  - name: daily-spend
                    limit: "20 USD"
                    per: day
                    on: "*.spend"
                    for: [owner]
                approvals:
                  timeout: 2h
                """);

        Policy policy = Policy.read(file);

        assertEquals(4, policy.ruleCount());
        assertEquals(1, policy.budgetCount());
        assertEquals(List.of("local:*", "telegram:111111"), policy.ownerIds());
        assertEquals(Map.of("alice", List.of("telegram:222222", "slack:U024BE7LH")), policy.principals());
        assertEquals(new ChatAddress("telegram", "111111"), policy.approvalChat());
        assertEquals(Duration.ofHours(2), policy.approvalTimeout());
        assertEquals(Principal.named("alice"), policy.principalOf("slack", "U024BE7LH"));
        assertEquals(Principal.owner(), policy.principalOf("telegram", "111111"));
        assertEquals(true, policy.trusts("github", "get_issue"));
        assertEquals(false, policy.trusts("github", "list_issues"));
    }

    @Test
    void anEmptyFileIsTheDefaultsWithNoRules() {
        Policy policy = Policy.parse("", "policy.yaml");

        assertEquals(0, policy.ruleCount());
        assertEquals(List.of("local:*"), policy.ownerIds());
        assertEquals(new ChatAddress("local", "local"), policy.approvalChat());
        assertEquals(Duration.ofMinutes(10), policy.approvalTimeout());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("policy.yaml");
        assertEquals(missing + " does not exist; create it (see specs/policy.md), or leave it out to use the built-in policy",
                assertThrows(PolicyException.class, () -> Policy.read(missing)).getMessage());
    }

    @Test
    void refusesUnknownAndRepeatedKeys() {
        assertEquals("policy.yaml:1:1: rulez: \"rulez\" is not a key here; valid: owner, principals, chats, trust, rules, "
                + "budgets, approvals", refused("rulez: []"));
        assertEquals("policy.yaml:3:5: rules[1].alow: \"alow\" is not a key here; valid: allow, ask, deny, for, in",
                refused("rules:\n  - allow: \"a.read\"\n  - alow: \"b.read\"\n"));
        assertEquals("policy.yaml:2:1: rules is given twice; keep one of them", refused("rules: []\nrules: []\n"));
    }

    @Test
    void refusesTextThatIsNotYaml() {
        assertEquals("policy.yaml:1:17: not valid YAML", refused("rules: [\"a.read\"").substring(0, 32));
    }

    @Test
    void aRuleHasExactlyOneOutcome() {
        assertEquals("policy.yaml:2:5: rules[0]: has none of allow, ask, deny; give each rule exactly one of allow, ask, deny,"
                + " such as - allow: \"email.read\"", refused("rules:\n  - for: [owner]\n"));
        assertEquals("policy.yaml:2:5: rules[0]: has allow and deny; give each rule exactly one of allow, ask, deny, such as"
                + " - allow: \"email.read\"", refused("rules:\n  - {allow: \"a.read\", deny: \"a.send\"}\n"));
    }

    @Test
    void refusesMalformedPatternsWithTheGrammar() {
        assertEquals("policy.yaml:5:9: rules[1].allow[1]: \"emial\" is not a pattern; " + ActionPattern.GRAMMAR,
                refused("rules:\n  - allow: \"email.read\"\n  - allow:\n      - \"a.read\"\n      - \"emial\"\n")
                        );
    }

    @Test
    void refusesAVerbThatIsNotOne() {
        assertEquals("policy.yaml:2:11: rules[0].deny: \"gmail.to:x@y.com\" ends in \"x@y.com\", which is not a verb; "
                + ActionPattern.GRAMMAR, refused("rules:\n  - deny: \"gmail.to:x@y.com\"\n"));
    }

    @Test
    void forNamesDeclaredPrincipals() {
        assertEquals("policy.yaml:4:37: rules[0].for[1]: \"alcie\" is not a principal; valid: owner, anyone, alice "
                + "(add others under principals)",
                refused("principals:\n  alice: \"telegram:2\"\nrules:\n  - {allow: \"*.reply\", for: [owner, alcie]}\n"));
    }

    @Test
    void inNamesDeclaredChatsOrAddresses() {
        assertEquals("policy.yaml:4:29: rules[0].in[0]: \"famliy\" is not a chat; valid: family (from chats), or "
                + "<channel>:<conversation> such as telegram:-1001234",
                refused("chats:\n  family: \"telegram:-1\"\nrules:\n  - {allow: \"*.reply\", in: [famliy]}\n"));
    }

    @Test
    void egressIsOnlyAllowedOrDenied() {
        assertEquals("policy.yaml:2:10: rules[0].ask: \"host:x.example:connect\" is about egress, where no one can be "
                + "asked; write allow or deny for a connect pattern", refused("rules:\n  - ask: \"host:x.example:connect\"\n"));
        assertEquals("policy.yaml:2:12: rules[0].deny: \"*.connect\" is about egress, which is not done for a person or in a"
                + " chat; put connect patterns in a rule without for and in",
                refused("rules:\n  - {deny: \"*.connect\", for: [anyone]}\n"));
    }

    @Test
    void budgetsNeedANameALimitAWindowAndPatterns() {
        String head = "budgets:\n  - name: daily\n    per: day\n    on: \"*.spend\"\n";
        assertEquals("policy.yaml:2:5: budgets[0]: has no limit; give every budget name, limit, per and on (for is optional)",
                refused(head));
        assertEquals("policy.yaml:5:12: budgets[0].limit: \"20 dollars\" is not a limit; write a whole number of actions "
                + "such as 50, or an amount and a currency such as \"20 USD\" or \"12.50 EUR\"",
                refused(head + "    limit: \"20 dollars\"\n"));
        assertEquals("policy.yaml:5:12: budgets[0].limit: 0 is not a limit; write a whole number of actions "
                + "such as 50, or an amount and a currency such as \"20 USD\" or \"12.50 EUR\"",
                refused(head + "    limit: 0\n"));
        assertEquals("policy.yaml:3:10: budgets[0].per: \"fortnight\" is not a window; valid: minute, hour, day, week",
                refused(head.replace("per: day", "per: fortnight") + "    limit: 5\n"));
        assertEquals("policy.yaml:2:11: budgets[0].name: \"Daily\" is not a budget name; use lower-case letters, digits "
                + "and '-', such as daily-spend", refused(head.replace("name: daily", "name: Daily") + "    limit: 5\n"));
        assertEquals("policy.yaml:6:12: budgets[1].name: \"daily\" is the name of an earlier budget; give each budget its "
                + "own name", refused(head + "    limit: 5\n  - {name: daily, limit: 1, per: hour, on: \"*.send\"}\n")
                        );
    }

    @Test
    void parsesLimitsAsCountsOrMoney() {
        Policy policy = Policy.parse("""
                budgets:
                  - {name: a, limit: 50, per: hour, on: "*.reply"}
                  - {name: b, limit: "12.50 EUR", per: week, on: "*.spend"}
                  - {name: c, limit: "7", per: minute, on: "*.send", for: [anyone]}
                """, "policy.yaml");

        assertEquals(List.of("50 actions", "12.5 EUR", "7 actions"),
                policy.budgets().stream().map(b -> b.shown(b.limit())).toList());
        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(7), Duration.ofMinutes(1)),
                policy.budgets().stream().map(Budget::window).toList());
    }

    @Test
    void durationsHaveAUnit() {
        assertEquals(Duration.ofSeconds(30), Policy.parse("approvals: {timeout: 30s}", "p").approvalTimeout());
        assertEquals(Duration.ofDays(1), Policy.parse("approvals: {timeout: 1d}", "p").approvalTimeout());
        assertEquals("policy.yaml:2:12: approvals.timeout: \"10\" is not a duration from 1 second to 7 days; write a "
                + "number and a unit: s, m, h or d, such as 30s, 10m, 2h or 1d", refused("approvals:\n  timeout: 10\n"));
        assertEquals("policy.yaml:1:22: approvals.timeout: \"8d\" is not a duration from 1 second to 7 days; write a "
                + "number and a unit: s, m, h or d, such as 30s, 10m, 2h or 1d", refused("approvals: {timeout: 8d}"));
    }

    @Test
    void sendersAndNamesHaveTheirForms() {
        assertEquals("policy.yaml:1:15: owner.ids[0]: \"111111\" is not a sender; " + SenderPattern.FORM,
                refused("owner: {ids: [\"111111\"]}"));
        assertEquals("policy.yaml:1:14: principals.anyone: \"anyone\" is not a principal's name; use lower-case letters, "
                + "digits, '_' and '-', starting with a letter, other than anyone, owner, stranger",
                refused("principals: {anyone: \"telegram:1\"}"));
        assertEquals("policy.yaml:1:17: chats.family: \"-100\" is not a chat; write <channel>:<conversation> such as "
                + "telegram:-1001234 or local:local", refused("chats: {family: \"-100\"}"));
        assertEquals("policy.yaml:1:20: owner.approvals: \"famliy\" is not a chat; valid: <channel>:<conversation> such "
                + "as telegram:-1001234", refused("owner: {approvals: famliy}"));
    }

    @Test
    void trustNamesToolActions() {
        assertEquals("policy.yaml:1:9: trust[0]: \"*.read\" is not a <tool>.<action> pattern; name the actions whose "
                + "results do not taint, such as github.get_issue or github.*", refused("trust: [\"*.read\"]"));
        assertEquals(true, Policy.parse("trust: [\"github.*\"]", "p").trusts("github", "list_issues"));
    }

    @Test
    void listsMustBeLists() {
        assertEquals("policy.yaml:1:8: rules: expected a list of rules, found \"all\"; write - allow: \"email.read\"",
                refused("rules: all"));
        assertEquals("policy.yaml:1:17: rules[0].allow: the list is empty; list at least one, such as \"email.read\"",
                refused("rules: [{allow: []}]"));
    }
}
