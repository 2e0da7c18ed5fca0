package dev.pincer.conformance.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Collects the verdicts of one check; a check may judge only the requirements it declares. Thread-safe. */
public final class Verdicts {
    private final String check;
    private final Set<String> proves;
    private final List<Verdict> verdicts = new ArrayList<>();

    Verdicts(String check, Set<String> proves) {
        this.check = check;
        this.proves = Set.copyOf(proves);
    }

    /**
     * Records whether {@code requirementIds} held, computing the observation only when needed.
     *
     * @throws IllegalStateException if the check did not declare one of the requirements
     */
    public void expect(Collection<String> requirementIds, boolean held, String expected, Supplier<String> observed) {
        String observation = held ? "as expected" : observed.get();
        for (String id : requirementIds) {
            if (!proves.contains(id)) {
                throw new IllegalStateException("check '" + check + "' judged " + id + " but declares only " + proves
                        + "; add it to the check's requirement list");
            }
            synchronized (verdicts) {
                verdicts.add(new Verdict(id, held, expected, observation));
            }
        }
    }

    /** Records whether one requirement held. */
    public void expect(String requirementId, boolean held, String expected, Supplier<String> observed) {
        expect(List.of(requirementId), held, expected, observed);
    }

    /** Records that {@code requirementIds} were broken. */
    public void fail(Collection<String> requirementIds, String expected, String observed) {
        expect(requirementIds, false, expected, () -> observed);
    }

    /** The verdicts so far, in the order they were recorded. */
    public List<Verdict> all() {
        synchronized (verdicts) {
            return List.copyOf(verdicts);
        }
    }

    /** True if some verdict about {@code requirementId} was recorded. */
    boolean judged(String requirementId) {
        synchronized (verdicts) {
            return verdicts.stream().anyMatch(v -> v.requirementId().equals(requirementId));
        }
    }
}
