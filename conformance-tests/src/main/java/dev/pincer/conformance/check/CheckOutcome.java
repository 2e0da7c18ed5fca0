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
 */
public record CheckOutcome(String check, Set<String> proves, List<Verdict> verdicts) {
    public CheckOutcome {
        Objects.requireNonNull(check, "check");
        proves = Set.copyOf(proves);
        verdicts = List.copyOf(verdicts);
    }
}
