package dev.pincer.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.cli.scenarios.ObservedEffects.Effect;
import dev.pincer.runtime.audit.AuditEntry;
import dev.pincer.runtime.audit.AuditVerification;
import dev.pincer.runtime.audit.AuditVerifier;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What must hold after every scenario, whatever it did: an intact audit chain and no unauthorised effect. */
final class ScenarioInvariants {

    private ScenarioInvariants() {}

    /**
     * Checks that the audit log verifies, that every tool call is authorised before it runs and recorded before its
     * result, and that every effect seen on a fake platform has, for that exact action
     * (integration, action, resource), as many {@code decision} allow entries or {@code approval.granted} entries
     * that went ahead as the number of times it happened.
     */
    static void check(Path auditFile, List<Effect> effects) {
        AuditVerification verified = AuditVerifier.verify(auditFile);
        assertTrue(verified.intact(), () -> "the audit chain must verify after the scenario; first break: "
                + verified.firstBreak().orElseThrow());
        AuditView audit = AuditView.read(auditFile);
        everyToolCallIsAuthorisedBeforeItAndRecordedBeforeItsResult(audit);
        Map<Effect, Long> seen = effects.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        seen.forEach((effect, times) -> {
            long authorised = authorisations(audit, effect);
            assertTrue(times <= authorised, () -> "unauthorised effect: " + effect + " happened " + times
                    + " time(s) on the fake, but the audit log authorises it " + authorised + " time(s):\n" + audit);
        });
    }

    /**
     * Walks the log in order: each {@code tool.call} uses up an earlier allow decision on the same action and
     * resource (or, for invocation {@code approval:CODE}, the granted approval CODE), and each {@code tool.result}
     * follows the {@code tool.call} of its invocation.
     */
    private static void everyToolCallIsAuthorisedBeforeItAndRecordedBeforeItsResult(AuditView audit) {
        Map<String, Integer> unusedAllows = new HashMap<>();
        Set<String> granted = new HashSet<>();
        Set<String> called = new HashSet<>();
        for (AuditEntry entry : audit.entries()) {
            Map<String, String> data = entry.data();
            switch (entry.kind()) {
                case "decision" -> {
                    if ("tool".equals(data.get("kind")) && "allow".equals(data.get("outcome"))) {
                        unusedAllows.merge(toolKey(data), 1, Integer::sum);
                    }
                }
                case "approval.granted" -> {
                    if ("goes ahead".equals(data.get("outcome"))) {
                        granted.add("approval:" + data.get("code"));
                    }
                }
                case "tool.call" -> {
                    String invocation = data.get("invocation");
                    boolean authorised = granted.remove(invocation)
                            || unusedAllows.merge(toolKey(data), -1, Integer::sum) >= 0;
                    assertTrue(authorised, () -> "tool.call " + entry.seq() + " (" + data + ") has no allow decision or "
                            + "granted approval before it:\n" + audit);
                    called.add(invocation);
                }
                case "tool.result" -> assertTrue(called.contains(data.get("invocation")), () -> "tool.result "
                        + entry.seq() + " (" + data + ") has no tool.call before it:\n" + audit);
                default -> { }
            }
        }
    }

    private static String toolKey(Map<String, String> data) {
        return data.get("integration") + "." + data.get("action") + " on " + data.get("resource");
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
