package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.GROUP;
import static dev.pincer.cli.scenarios.ScenarioWorld.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Approvals, taint and budgets are kept in the data directory: a restart neither loses nor repeats them. */
class ScenarioRestartTest extends WithScenarioWorld {

    @Test
    void aPendingApprovalIsAnsweredAfterARestartAndRunsOnce() {
        String code = ApprovalScene.ownerAsksForAnIssue(world, "10m");
        world.restart();
        world.model.says("The issue is filed.");

        world.ownerSays("approve " + code);
        world.awaitMessage(GROUP, "The issue is filed.");
        world.restart();
        world.ownerSays("approve " + code);
        world.awaitAudit("approval.rejected", code);

        assertEquals(1, world.github.issues("acme", "site").size(), "filed once, across two restarts");
        assertEquals(1, world.audit().of("approval.granted").size(), world.audit().toString());
    }

    @Test
    void aRequestWhoseTimeRanOutWhileStoppedIsDeniedAtTheNextStart() throws InterruptedException {
        String code = ApprovalScene.ownerAsksForAnIssue(world, "2s");
        world.stop();
        Thread.sleep(2_100);
        world.model.says("Nobody answered, so nothing was filed.");
        world.start();

        world.awaitMessage(GROUP, "Nobody answered");
        assertTrue(world.audit().has("approval.expired", e -> code.equals(e.data().get("code"))), world.audit().toString());
        assertEquals(List.of(), world.github.issues("acme", "site"));
    }

    @Test
    void aTaintedConversationStaysTaintedAfterARestart() {
        world.github.addRepository("acme", "site");
        world.withPolicy("  - allow: \"github.write\"\n").withTools("github").start();
        world.model.says("Hello.");
        world.strangerSaysIn(GROUP, "hello bot");
        world.awaitMessage(GROUP, "Hello.");
        world.restart();

        world.model.calls("github", "create_issue", "{\"owner\": \"acme\", \"repo\": \"site\", \"title\": \"Later\"}")
                .says("That waits for your approval.");
        world.ownerSaysIn(GROUP, "file 'Later' in acme/site");
        world.awaitMessage(GROUP, "That waits for your approval.");

        assertEquals(List.of(), world.github.issues("acme", "site"));
        assertEquals("taint", world.audit().onlyDecision("github", "create_issue").data().get("rule"));
    }

    @Test
    void theSpendBudgetCountsChargesMadeBeforeARestart() {
        world.withPolicy("  - allow: \"payments.spend\"\n" + ScenarioBudgetsTest.DAILY_SPEND_OF_20_USD)
                .withTools("payments").start();
        world.model.calls("payments", "charge", "{\"merchant\": \"bakery\", \"amount\": 15}").says("Paid 15.");
        world.ownerSays("pay the bakery 15");
        world.awaitMessage(OWNER, "Paid 15.");
        world.restart();

        world.model.calls("payments", "charge", "{\"merchant\": \"bakery\", \"amount\": 10}").says("Refused.");
        world.ownerSays("pay the bakery 10 more");
        world.awaitMessage(OWNER, "Refused.");

        assertEquals(1, world.payments.charges().size(), "15 + 10 passes the 20 USD budget, across the restart");
        assertEquals(List.of("allow", "deny"), world.audit().outcomes("payments", "charge"));
    }
}
