package dev.pincer.conformance.check;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What running one check produced.
 *
 * @param check the check's name
 * @param proves the requirements it declares
 * @param verdicts its verdicts, including failures for an error that cut it short
 * @param elapsed the real time the check took, harness set-up and tear-down included
 */
public record CheckOutcome(String check, Set<String> proves, List<Verdict> verdicts, java.time.Duration elapsed) {
    public CheckOutcome {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(check, "check");
        proves = Set.copyOf(proves);
        verdicts = List.copyOf(verdicts);
    }
}
