package dev.pincer.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincer.runtime.tool.Amount;
import dev.pincer.runtime.tool.Effect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a policy decides: default deny, strictest wins, for/in, taint, egress, budgets. */
class PolicyDecideTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Principal OWNER = Principal.owner();

    private final BudgetLedger ledger = BudgetLedger.inMemory();

    private static Policy policy(String yaml) {
        return Policy.parse(yaml, "policy.yaml");
    }

    private static PolicyRequest tool(String integration, String action, Effect effect, String resource) {
        return PolicyRequest.tool(integration, action, effect, resource, OWNER, Optional.empty(), false);
    }

    private PolicyDecision decide(Policy policy, PolicyRequest request) {
        return policy.decide(request, ledger, NOW);
    }

    @Test
    void deniesWhatNoRuleAllowsAndSaysWhichRuleToAdd() {
        PolicyDecision decision = decide(policy("rules: []"), tool("gmail", "send_message", Effect.SEND, "gmail.to:x@y.com"));

        assertEquals(Outcome.DENY, decision.outcome());
        assertEquals("default deny", decision.rule());
        assertEquals("no rule allows gmail.send on gmail.to:x@y.com for owner; add \"allow: gmail.send\" to policy.yaml",
                decision.reason());
        assertEquals(List.of(), decision.charges());
    }

    @Test
    void theStrictestMatchingRuleWinsWhereverItIsWritten() {
        Policy policy = policy("""
                rules:
                  - allow: "gmail.*"
                  - ask: "gmail.send"
                  - deny: "gmail.delete_message"
                """);

        assertEquals(new PolicyDecision(Outcome.ALLOW, "policy.yaml:2: allow gmail.*", "allowed by policy.yaml:2: allow gmail.*",
                List.of()), decide(policy, tool("gmail", "list_messages", Effect.READ, "gmail.mailbox:me")));
        assertEquals("policy.yaml:3: ask gmail.send",
                decide(policy, tool("gmail", "send_message", Effect.SEND, "gmail.to:a@b.c")).rule());
        PolicyDecision delete = decide(policy, tool("gmail", "delete_message", Effect.DELETE, "gmail.message:1"));
        assertEquals(Outcome.DENY, delete.outcome());
        assertEquals("policy.yaml:4: deny gmail.delete_message", delete.rule());
    }

    @Test
    void resourceGlobsMatchOnlyTheirResources() {
        Policy policy = policy("rules:\n  - allow: \"github.repo:acme/*:write\"\n");

        assertEquals(Outcome.ALLOW, decide(policy, tool("github", "create_issue", Effect.WRITE, "github.repo:acme/site")).outcome());
        assertEquals(Outcome.DENY, decide(policy, tool("github", "create_issue", Effect.WRITE, "github.repo:acme-evil/x")).outcome());
        assertEquals(Outcome.DENY, decide(policy, tool("github", "delete_repo", Effect.DELETE, "github.repo:acme/site")).outcome());
    }

    @Test
    void rulesAreForTheOwnerUnlessTheyNameOthers() {
        Policy policy = policy("""
                principals:
                  alice: ["telegram:222222"]
                chats:
                  family: "telegram:-1001234"
                rules:
                  - allow: "*.reply"
                  - allow: "*.reply"
                    for: [alice]
                    in: [family]
                  - allow: "weather.read"
                    for: [anyone]
                """);
        ChatAddress family = ChatAddress.parse("telegram:-1001234");
        ChatAddress other = ChatAddress.parse("telegram:-1009999");
        Principal alice = policy.principalOf("telegram", "222222");

        assertEquals(Principal.named("alice"), alice);
        assertEquals(Outcome.ALLOW, decide(policy, PolicyRequest.reply(other, OWNER, false)).outcome());
        assertEquals(Outcome.ALLOW, decide(policy, PolicyRequest.reply(family, alice, false)).outcome());
        assertEquals(Outcome.DENY, decide(policy, PolicyRequest.reply(other, alice, false)).outcome());
        assertEquals(Outcome.DENY, decide(policy, PolicyRequest.reply(family, Principal.stranger(), false)).outcome());
        assertEquals(Outcome.ALLOW, decide(policy, PolicyRequest.tool("weather", "forecast", Effect.READ, "weather.city:x",
                Principal.stranger(), Optional.of(other), false)).outcome());
    }

    @Test
    void aTaintedTaskIsAskedBeforeItChangesAnythingButDenialStands() {
        Policy policy = policy("""
                rules:
                  - allow: ["gmail.read", "gmail.send", "*.reply"]
                  - deny: "gmail.delete"
                """);
        PolicyRequest send = PolicyRequest.tool("gmail", "send_message", Effect.SEND, "gmail.to:a@b.c", OWNER,
                Optional.empty(), true);
        PolicyRequest delete = PolicyRequest.tool("gmail", "delete_message", Effect.DELETE, "gmail.message:1", OWNER,
                Optional.empty(), true);
        PolicyRequest read = PolicyRequest.tool("gmail", "get_message", Effect.READ, "gmail.message:1", OWNER,
                Optional.empty(), true);

        assertEquals(Outcome.ASK, decide(policy, send).outcome());
        assertEquals("taint", decide(policy, send).rule());
        assertEquals(Outcome.DENY, decide(policy, delete).outcome());
        assertEquals(Outcome.ALLOW, decide(policy, read).outcome());
        assertEquals(Outcome.ALLOW, decide(policy, PolicyRequest.reply(ChatAddress.parse("local:local"), OWNER, true)).outcome());
    }

    @Test
    void egressIsAllowedUnlessARuleDeniesIt() {
        Policy policy = policy("rules:\n  - deny: \"host:evil.example:connect\"\n");

        assertEquals(new PolicyDecision(Outcome.ALLOW, "default allow (egress)",
                "no rule denies github connecting to host:api.github.com, a host its manifest names", List.of()),
                decide(policy, PolicyRequest.egress("github", "api.github.com", OWNER)));
        assertEquals("policy.yaml:2: deny host:evil.example:connect",
                decide(policy, PolicyRequest.egress("github", "EVIL.example", OWNER)).rule());
    }

    @Test
    void countingBudgetsDenyPastTheLimitInARollingWindow() {
        Policy policy = policy("""
                rules:
                  - allow: "*.reply"
                budgets:
                  - name: hourly-messages
                    limit: 2
                    per: hour
                    on: "*.reply"
                """);
        PolicyRequest reply = PolicyRequest.reply(ChatAddress.parse("local:local"), OWNER, false);
        PolicyDecision first = decide(policy, reply);
        assertEquals(List.of(new Charge("hourly-messages", BigDecimal.ONE)), first.charges());
        ledger.charge("hourly-messages", BigDecimal.ONE, NOW.minus(Duration.ofMinutes(50)));
        ledger.charge("hourly-messages", BigDecimal.ONE, NOW.minus(Duration.ofMinutes(10)));

        PolicyDecision third = decide(policy, reply);
        assertEquals(Outcome.DENY, third.outcome());
        assertEquals("budget hourly-messages", third.rule());
        assertEquals("budget hourly-messages: 2 actions used in the last hour, and this one's 1 action would pass the "
                + "limit of 2 actions", third.reason());
        assertEquals(Outcome.ALLOW, policy.decide(reply, ledger, NOW.plus(Duration.ofMinutes(11))).outcome());
    }

    @Test
    void moneyBudgetsCountTheirCurrencyAndRefuseUnknownAmounts() {
        Policy policy = policy("""
                rules:
                  - allow: "shop.spend"
                budgets:
                  - name: daily-spend
                    limit: "20 USD"
                    per: day
                    on: "*.spend"
                """);
        PolicyRequest buy = tool("shop", "buy", Effect.SPEND, "shop.item:1");
        ledger.charge("daily-spend", new BigDecimal("18"), NOW.minus(Duration.ofHours(2)));

        assertEquals(List.of(new Charge("daily-spend", new BigDecimal("2.00"))),
                decide(policy, buy.withAmount(Amount.parse("2.00 USD"))).charges());
        assertEquals(Outcome.DENY, decide(policy, buy.withAmount(Amount.parse("2.01 USD"))).outcome());
        assertEquals(new PolicyDecision(Outcome.ALLOW, "policy.yaml:2: allow shop.spend",
                "allowed by policy.yaml:2: allow shop.spend", List.of()),
                decide(policy, buy.withAmount(Amount.parse("500 EUR"))));
        PolicyDecision unknown = decide(policy, buy);
        assertEquals(Outcome.DENY, unknown.outcome());
        assertEquals("budget daily-spend", unknown.rule());
    }

    @Test
    void theBuiltInPolicyAllowsRepliesAndReadsAndAsksBeforeChanges() {
        Policy policy = Policy.builtIn();

        assertEquals(Outcome.ALLOW, decide(policy, tool("github", "list_issues", Effect.READ, "github.repo:a/b")).outcome());
        assertEquals(Outcome.ALLOW, decide(policy, tool("pincer", "list_tasks", Effect.READ, "pincer.tasks:x")).outcome());
        assertEquals("built-in: ask *.write", decide(policy, tool("pincer", "schedule_task", Effect.WRITE, "pincer.tasks:x")).rule(),
                "the strictest rule wins, so pincer.* does not lift the ask on writes");
        PolicyDecision write = decide(policy, tool("github", "create_issue", Effect.WRITE, "github.repo:a/b"));
        assertEquals(Outcome.ASK, write.outcome());
        assertEquals("built-in: ask *.write", write.rule());
        assertEquals(Principal.owner(), policy.principalOf("local", "anyone"));
        assertEquals(Principal.stranger(), policy.principalOf("telegram", "1"));
        assertEquals(ChatAddress.parse("local:local"), policy.approvalChat());
        assertEquals(Duration.ofMinutes(10), policy.approvalTimeout());
    }
}
