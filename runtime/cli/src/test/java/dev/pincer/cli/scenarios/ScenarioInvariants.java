package dev.pincer.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.cli.scenarios.ObservedEffects.Effect;
import dev.pincer.runtime.audit.AuditVerification;
import dev.pincer.runtime.audit.AuditVerifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What must hold after every scenario, whatever it did: an intact audit chain and no unauthorised effect. */
final class ScenarioInvariants {

    private ScenarioInvariants() {}

    /**
     * Checks that the audit log verifies, and that every effect seen on a fake platform has, for that exact action
     * (integration, action, resource), as many {@code decision} allow entries or {@code approval.granted} entries
     * that went ahead as the number of times it happened.
     */
    static void check(Path auditFile, List<Effect> effects) {
        AuditVerification verified = AuditVerifier.verify(auditFile);
        assertTrue(verified.intact(), () -> "the audit chain must verify after the scenario; first break: "
                + verified.firstBreak().orElseThrow());
        AuditView audit = AuditView.read(auditFile);
        Map<Effect, Long> seen = effects.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        seen.forEach((effect, times) -> {
            long authorised = authorisations(audit, effect);
            assertTrue(times <= authorised, () -> "unauthorised effect: " + effect + " happened " + times
                    + " time(s) on the fake, but the audit log authorises it " + authorised + " time(s):\n" + audit);
        });
    }

    private static long authorisations(AuditView audit, Effect effect) {
        long allowed = audit.decisions(effect.integration(), effect.action()).stream()
                .filter(entry -> effect.resource().equals(entry.data().get("resource"))
                        && "allow".equals(entry.data().get("outcome")))
                .count();
        String described = effect.action().equals("reply")
                ? "a reply in " + effect.resource().substring("chat:".length()) + ": "
                : effect + " with ";
        long granted = audit.of("approval.granted").stream()
                .filter(entry -> "goes ahead".equals(entry.data().get("outcome"))
                        && entry.data().getOrDefault("action", "").startsWith(described))
                .count();
        return allowed + granted;
    }
}
