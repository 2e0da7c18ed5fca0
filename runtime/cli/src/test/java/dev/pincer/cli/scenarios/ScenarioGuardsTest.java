package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards, loaded confined, can only tighten what the policy decides: deny, ask, or fail closed; never widen. */
class ScenarioGuardsTest extends WithScenarioWorld {
    private static final String CHARGE = "{\"merchant\": \"bakery\", \"amount\": 4}";


    @Test
    void aGuardDeniesWhatThePolicyAllowsAndTheAuditNamesTheGuard() {
        AuditEntry decision = chargeWith("  - allow: \"payments.spend\"\n", "deny-charges");
        assertEquals("deny", decision.data().get("outcome"));
        assertEquals("guard deny-charges", decision.data().get("rule"));
        assertEquals("charges are off today", decision.data().get("reason"));
    }

    @Test
    void aGuardThatPassesEverythingDoesNotWidenAPolicyDenial() {
        AuditEntry decision = chargeWith("  - deny: \"payments.spend\"\n", "pass-everything");
        assertEquals("deny", decision.data().get("outcome"));
        assertTrue(decision.data().get("rule").startsWith("policy.yaml:"), "the policy's rule decides: " + decision);
    }

    @Test
    void aGuardThatThrowsDeniesTheAction() {
        AuditEntry decision = chargeWith("  - allow: \"payments.spend\"\n", "throws");
        assertEquals("deny", decision.data().get("outcome"), "a guard that fails, fails closed");
        assertEquals("guard throws", decision.data().get("rule"));
    }

    @Test
    void aGuardThatAsksHoldsTheActionUntilTheOwnerApproves() {
        world.withPolicy("  - allow: \"gmail.send\"\n").withTools("gmail").withGuards("ask-sends").start();
        world.model.calls("gmail", "send_message", "{\"to\": \"ada@example.com\", \"subject\": \"Hi\", \"body\": \"Hello\"}")
                .says("Waiting for you.");
        world.ownerSays("say hello to Ada by mail");
        String code = world.awaitApprovalCode();
        world.awaitMessage(OWNER, "Waiting for you.");
        assertEquals(List.of(), world.gmail.sent(), "held until the owner approves");

        world.model.says("Sent.");
        world.ownerSays("approve " + code);
        world.awaitMessage(OWNER, "Sent.");

        assertEquals(List.of("ada@example.com"), world.gmail.sent().stream().map(mail -> mail.to()).toList());
        AuditEntry decision = world.audit().onlyDecision("gmail", "send_message");
        assertEquals("ask", decision.data().get("outcome"));
        assertEquals("guard ask-sends", decision.data().get("rule"));
    }

    /** The owner asks for one charge, with {@code rules} and {@code guard}; returns the decision on it. */
    private AuditEntry chargeWith(String rules, String guard) {
        world.withPolicy(rules).withTools("payments").withGuards(guard).start();
        world.model.calls("payments", "charge", CHARGE).says("The charge did not go through.");
        world.ownerSays("pay the bakery 4 dollars");
        world.awaitMessage(OWNER, "did not go through");

        assertEquals(List.of(), world.payments.charges(), "no charge is made");
        AuditView audit = world.audit();
        assertTrue(audit.of("tool.result").isEmpty(), "the tool never ran:\n" + audit);
        return audit.onlyDecision("payments", "charge");
    }
}
