package dev.pincer.runtime.policy;

/**
 * One pattern of one rule, ready to match.
 *
 * @param order the pattern's position in the file, to pick the first of equally strict matches
 * @param outcome what the rule says
 * @param pattern the pattern
 * @param audience whom and where the rule applies to
 * @param label where it came from, such as {@code policy.yaml:14: deny gmail.send}
 * @param reason the decision's reason when this rule decides
 */
record RuleEntry(int order, Outcome outcome, ActionPattern pattern, Audience audience, String label, String reason) {

    RuleEntry(int order, Outcome outcome, ActionPattern pattern, Audience audience, String label) {
        this(order, outcome, pattern, audience, label, switch (outcome) {
            case ALLOW -> "allowed by " + label;
            case ASK -> "the owner is asked, by " + label;
            case DENY -> "denied by " + label;
        });
    }

    /**
     * True if this rule applies to the request. Egress is done for no one and in no chat: only allow and deny rules
     * with the default audience (no {@code in}, {@code for} just the owner) match it.
     */
    boolean matches(PolicyRequest request) {
        if (request.kind() == ActionKind.EGRESS) {
            return outcome != Outcome.ASK && audience.equals(Audience.OWNER) && pattern.matches(request);
        }
        return pattern.matches(request) && audience.admits(request.principal(), request.chat());
    }

    /** True if this entry decides over {@code other}: stricter, or as strict and written first. */
    boolean beats(RuleEntry other) {
        return other == null || outcome.compareTo(other.outcome) > 0
                || outcome == other.outcome && order < other.order;
    }
}
