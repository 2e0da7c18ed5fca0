package dev.pincer.conformance.policy;

import dev.pincer.conformance.spec.Fixture;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixture of {@code specs/policy.md}: the policy (or {@code built-in}), a line {@code ---}, then rows — decision
 * rows for a {@code policy-table}, the expected message for a {@code policy-error}.
 *
 * @param fixture the fixture it was read from
 * @param policy the policy's YAML text, whose first line is the fixture's first line
 * @param rows the decision rows of a table; empty for an error case
 * @param expectedError the expected message of an error case; empty for a table
 */
record DecisionTable(Fixture fixture, String policy, List<DecisionRow> rows, String expectedError) {
    static final String TABLE = "policy-table";
    static final String ERROR = "policy-error";

    static DecisionTable of(Fixture fixture) {
        List<String> lines = fixture.content().lines().toList();
        int split = lines.indexOf("---");
        if (split < 0) {
            throw new IllegalArgumentException(fixture.location() + ": a " + fixture.language()
                    + " fixture is the policy, a line ---, then its rows");
        }
        String policy = String.join("\n", lines.subList(0, split)) + "\n";
        List<String> after = lines.subList(split + 1, lines.size());
        if (fixture.language().equals(ERROR)) {
            return new DecisionTable(fixture, policy, List.of(), String.join("\n", after).strip());
        }
        List<DecisionRow> rows = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String line = after.get(i);
            int specLine = fixture.line() + split + 2 + i;
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().startsWith("because ")) {
                if (rows.isEmpty()) {
                    throw new IllegalArgumentException(fixture.location() + ": 'because' before any row");
                }
                rows.set(rows.size() - 1, rows.getLast().because(line.strip().substring("because ".length())));
            } else {
                rows.add(DecisionRow.parse(line, specLine));
            }
        }
        return new DecisionTable(fixture, policy, rows, "");
    }

    boolean builtIn() {
        return policy.strip().equals("built-in");
    }
}
