package dev.pincer.runtime.policy;

/**
 * One pattern of one rule, ready to match.
 *
 * @param order the pattern's position in the file, to pick the first of equally strict matches
 * @param outcome what the rule says
 * @param pattern the pattern
 * @param audience whom and where the rule applies to
 * @param label where it came from, such as {@code policy.yaml:14: deny gmail.send}
 */
record RuleEntry(int order, Outcome outcome, ActionPattern pattern, Audience audience, String label) {

    /** True if this rule applies to the request; rules about egress ignore {@code for} and {@code in}. */
    boolean matches(PolicyRequest request) {
        if (request.kind() == ActionKind.EGRESS) {
            return outcome != Outcome.ASK && pattern.matches(request);
        }
        return pattern.matches(request) && audience.admits(request.principal(), request.chat());
    }

    /** True if this entry decides over {@code other}: stricter, or as strict and written first. */
    boolean beats(RuleEntry other) {
        return other == null || outcome.compareTo(other.outcome) > 0
                || outcome == other.outcome && order < other.order;
    }
}
