package dev.pincer.conformance.guard;

import dev.pincer.conformance.check.GuardHarness;
import dev.pincer.spi.GuardVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of a decision table on a harness: a fresh state, the table's configuration, each step at its time.
 *
 * @param table the table
 * @param results the outcome of each inspect step, in order
 */
record TableRun(DecisionTable table, List<StepResult> results) {

    /**
     * What one step got.
     *
     * @param got {@code pass}, {@code ask}, {@code deny}, or a description of a throw or a null
     * @param reason the reason of an ask or deny; empty otherwise
     */
    record StepResult(DecisionTable.Inspect step, String got, String reason) {

        /** True when the verdict has the expected kind and the reason mentions what the step requires. */
        boolean held() {
            return got.equals(step.expect()) && step.reasonMentions()
                    .map(text -> reason.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))).orElse(true);
        }

        /** The step, what it expected and what it got, for a report. */
        String describe(String table) {
            String mentions = step.reasonMentions().map(text -> " naming \"" + text + "\"").orElse("");
            return table + " step " + step.number() + " (at " + step.at() + ", " + Actions.describe(step.action())
                    + "): expected " + step.expect() + mentions + ", got " + got + (reason.isEmpty() ? "" : " \"" + reason + "\"");
        }
    }

    /**
     * Runs {@code table} on {@code harness}: a new empty state, a fresh instance with the table's configuration, then
     * each step at its time after the clock's time at the start; with {@code restartEveryStep}, the instance is restarted on the same state before every inspect.
     */
    static TableRun run(GuardHarness harness, DecisionTable table, boolean restartEveryStep) {
        harness.startOver();
        harness.start(table.configOver(harness.manifest().config()));
        Instant base = harness.clock.now();
        List<StepResult> results = new ArrayList<>();
        for (DecisionTable.Step step : table.steps()) {
            switch (step) {
                case DecisionTable.Restart restart -> harness.restart();
                case DecisionTable.Inspect inspect -> {
                    harness.at(base.plus(inspect.at()));
                    if (restartEveryStep) {
                        harness.restart();
                    }
                    results.add(result(inspect, harness.inspect(inspect.action()), harness));
                }
            }
        }
        harness.stop();
        return new TableRun(table, results);
    }

    private static StepResult result(DecisionTable.Inspect step, GuardVerdict verdict, GuardHarness harness) {
        return switch (verdict) {
            case null -> new StepResult(step, Optional.ofNullable(harness.inspections().getLast().thrown())
                    .map(t -> "a throw of " + t.getClass().getName() + ": " + t.getMessage()).orElse("null"), "");
            case GuardVerdict.Pass pass -> new StepResult(step, "pass", "");
            case GuardVerdict.Ask ask -> new StepResult(step, "ask", ask.reason());
            case GuardVerdict.Deny deny -> new StepResult(step, "deny", deny.reason());
        };
    }

    /** The steps that did not hold, described. */
    List<String> failures() {
        return results.stream().filter(r -> !r.held()).map(r -> r.describe(table.fixture().name())).toList();
    }

    /** Each step's kind and reason, to compare two runs. */
    List<String> verdicts() {
        return results.stream().map(r -> r.got() + (r.reason().isEmpty() ? "" : ": " + r.reason())).toList();
    }
}
