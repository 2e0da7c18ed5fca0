package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets in policy.yaml: money a spend action declares, and counted replies, each over a rolling window. */
class ScenarioBudgetsTest extends WithScenarioWorld {
    /** A budget of 20 USD a day on charges, whose results are trusted so that one charge does not taint the next. */
    static final String DAILY_SPEND_OF_20_USD = """
            trust: ["payments.charge"]
            budgets:
              - name: daily-spend
                limit: "20 USD"
                per: day
                on: "payments.spend"
            """;

    @Test
    void theSpendCapIsReachedMidTaskAndTheChargeThatWouldPassItIsNotMade() {
        world.withPolicy("  - allow: \"payments.spend\"\n" + DAILY_SPEND_OF_20_USD).withTools("payments").start();
        world.model.calls("payments", "charge", "{\"merchant\": \"bakery\", \"amount\": 12}")
                .calls("payments", "charge", "{\"merchant\": \"florist\", \"amount\": 5}")
                .calls("payments", "charge", "{\"merchant\": \"cinema\", \"amount\": 8}")
                .says("Paid the bakery and the florist; the cinema would pass today's budget.");
        world.ownerSays("pay the bakery 12, the florist 5 and the cinema 8");
        world.awaitMessage(OWNER, "would pass today's budget");

        assertEquals(List.of("bakery", "florist"), world.payments.charges().stream()
                .map(PaymentsServer.Charge::merchant).toList(), "12 + 5 go through, the 8 that would make 25 does not");
        assertEquals(0, new BigDecimal("17").compareTo(world.payments.charges().stream()
                .map(PaymentsServer.Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        AuditView audit = world.audit();
        assertEquals(List.of("allow", "allow", "deny"), audit.outcomes("payments", "charge"), audit.toString());
        AuditEntry denied = audit.decisions("payments", "charge").get(2);
        assertEquals("budget daily-spend", denied.data().get("rule"));
        assertEquals("8 USD", denied.data().get("amount"));
        assertTrue(denied.data().get("reason").contains("17") && denied.data().get("reason").contains("20"),
                "the reason says what was used and the limit: " + denied.data().get("reason"));
    }

    @Test
    void theMessagesBudgetAllowsTwoRepliesAnHourThenDenies() {
        world.withPolicy("""
                budgets:
                  - name: hourly-messages
                    limit: 2
                    per: hour
                    on: "telegram.reply"
                """).start();
        world.model.says("first answer").says("second answer").says("third answer");
        world.ownerSays("one");
        world.awaitMessage(OWNER, "first answer");
        world.ownerSays("two");
        world.awaitMessage(OWNER, "second answer");
        world.ownerSays("three");
        world.awaitAudit("decision", "budget hourly-messages");

        assertEquals(List.of("first answer", "second answer"), world.messagesTo(OWNER), "the third reply is not sent");
        AuditView audit = world.audit();
        assertEquals(List.of("allow", "allow", "deny"), audit.outcomes("telegram", "reply"), audit.toString());
        assertTrue(audit.decisions("telegram", "reply").get(2).data().get("reason").contains("2 actions used in the last hour"),
                audit.toString());
    }

    @Test
    void anApprovedChargeIsCheckedAgainstTheBudgetWhenItRuns() {
        world.withPolicy("  - ask: \"payments.spend\"\n" + DAILY_SPEND_OF_20_USD).withTools("payments").start();
        world.model.calls("payments", "charge", "{\"merchant\": \"bakery\", \"amount\": 15}")
                .calls("payments", "charge", "{\"merchant\": \"cinema\", \"amount\": 10}").says("Both wait for you.");
        world.ownerSays("pay the bakery 15 and the cinema 10");
        String bakery = world.awaitApprovalCode();
        String cinema = world.awaitApprovalCode();
        world.awaitMessage(OWNER, "Both wait for you.");

        world.model.says("The bakery is paid.").says("The cinema was refused.");
        world.ownerSays("approve " + bakery);
        world.awaitMessage(OWNER, "The bakery is paid.");
        world.ownerSays("approve " + cinema);
        world.awaitMessage(OWNER, "refused now");

        assertEquals(List.of("bakery"), world.payments.charges().stream().map(PaymentsServer.Charge::merchant).toList(),
                "15 is paid; 15 + 10 would pass the 20 USD budget, so the second approval runs nothing");
        AuditView audit = world.audit();
        assertTrue(audit.has("approval.granted", e -> cinema.equals(e.data().get("code"))
                && e.data().get("outcome").contains("budget daily-spend")), audit.toString());
    }
}
