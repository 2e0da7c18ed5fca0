package dev.pincer.conformance.guard;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.GuardHarness;
import dev.pincer.conformance.spec.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The decision tables of a profile, each run as written, again with other randomness, and again with restarts. */
final class TableChecks {
    private static final String DETERMINISTIC = "GUARD-INV-004";
    private static final String RESTARTS = "GUARD-INV-005";
    private static final int OMITTED_RUN = 8;

    private TableChecks() {}

    /**
     * A check of the tables under {@code requirementId} of {@code specId}: each must hold as written (proving the
     * requirement), give the same verdicts and reasons on a second run with other randomness (GUARD-INV-004), and
     * the same verdicts with a restart before every step (GUARD-INV-005).
     */
    static Check<GuardHarness> tablesOf(String specId, String requirementId) {
        return Check.of("the decision tables under " + requirementId + " hold, again with other randomness and with a "
                + "restart before every step", Set.of(requirementId, DETERMINISTIC, RESTARTS), (h, v) -> {
                    List<DecisionTable> tables = tables(h, specId, requirementId);
                    List<String> failures = new ArrayList<>();
                    List<String> varying = new ArrayList<>();
                    List<String> forgetful = new ArrayList<>();
                    for (DecisionTable table : tables) {
                        TableRun first = TableRun.run(h, table, false);
                        failures.addAll(first.failures());
                        failures.addAll(echoes(h, table));
                        TableRun second = TableRun.run(h, table, false);
                        differences(first, second, true).forEach(varying::add);
                        TableRun restarted = TableRun.run(h, table, true);
                        differences(first, restarted, false).forEach(forgetful::add);
                    }
                    String names = tables.stream().map(t -> t.fixture().name()).toList().toString();
                    v.expect(requirementId, !tables.isEmpty() && failures.isEmpty(), "every step of " + names
                            + " gets the verdict the table gives", () -> tables.isEmpty()
                                    ? "the spec has no decision table under " + requirementId : String.join("; ", failures));
                    v.expect(DETERMINISTIC, varying.isEmpty(), "a second run of " + names + " with other randomness gives "
                            + "the same verdicts and reasons", () -> String.join("; ", varying));
                    v.expect(RESTARTS, forgetful.isEmpty(), "with a restart on the same state before every step, " + names
                            + " gives the same verdicts", () -> String.join("; ", forgetful));
                });
    }

    /** The decision tables the spec writes under {@code requirementId}. */
    static List<DecisionTable> tables(GuardHarness h, String specId, String requirementId) {
        List<DecisionTable> tables = new ArrayList<>();
        for (Fixture fixture : h.specs().spec(specId).fixtures()) {
            if (fixture.requirementId().equals(Optional.of(requirementId)) && DecisionTable.isTable(fixture)) {
                tables.add(DecisionTable.read(fixture));
            }
        }
        return tables;
    }

    /** Steps whose {@code reasonOmits} text shows up, 8 characters or more of it, in a reason or a log line. */
    private static List<String> echoes(GuardHarness h, DecisionTable table) {
        List<String> texts = h.emittedTexts();
        List<String> echoes = new ArrayList<>();
        for (DecisionTable.Step step : table.steps()) {
            if (step instanceof DecisionTable.Inspect inspect && inspect.reasonOmits().isPresent()) {
                String secret = inspect.reasonOmits().get();
                texts.stream().filter(text -> repeats(text, secret)).findFirst().ifPresent(text -> echoes.add(
                        table.fixture().name() + " step " + inspect.number() + ": a reason or log line repeats part of "
                                + "the secret: \"" + text + "\""));
            }
        }
        return echoes;
    }

    private static boolean repeats(String text, String secret) {
        for (int i = 0; i + OMITTED_RUN <= secret.length(); i++) {
            if (text.contains(secret.substring(i, i + OMITTED_RUN))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> differences(TableRun first, TableRun other, boolean withReasons) {
        List<String> differences = new ArrayList<>();
        List<TableRun.StepResult> a = first.results();
        List<TableRun.StepResult> b = other.results();
        for (int i = 0; i < a.size(); i++) {
            String one = withReasons ? first.verdicts().get(i) : a.get(i).got();
            String two = withReasons ? other.verdicts().get(i) : b.get(i).got();
            if (!one.equals(two)) {
                differences.add(first.table().fixture().name() + " step " + a.get(i).step().number() + ": " + one
                        + " the first time, " + two + (withReasons ? " the second" : " after a restart"));
            }
        }
        return differences;
    }
}
