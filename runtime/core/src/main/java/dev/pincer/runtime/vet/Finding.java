package dev.pincer.runtime.vet;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing the vetters refuse, with the requirement it breaks and how to fix it.
 *
 * @param ruleId the requirement of {@code specs/confinement.md}, for example {@code CONF-CLS-012}
 * @param stage whether the source or the bytecode vetter found it
 * @param location {@code src/x/Y.java:12:9} for sources; {@code x.Y#method(desc)}, {@code x.Y#field},
 *     {@code x.Y} or {@code x.Y constant pool #14} for bytecode
 * @param reference the offending name, for example {@code java.lang.ProcessBuilder#<init>}
 * @param message what is wrong, with the spec line that decides it
 * @param hint what to do instead, for example "use context.http() instead of java.net.http.HttpClient"
 */
public record Finding(String ruleId, Stage stage, String location, String reference, String message, String hint) {

    /** Which vetter produced a finding. */
    public enum Stage { SOURCE, BYTECODE }

    private static final Pattern RULE_ID = Pattern.compile("CONF-[A-Z]+-\\d{3}");

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("ruleId must look like CONF-CLS-001, was '" + ruleId + "'");
        }
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /** A finding whose hint comes from the rule and reference. */
    static Finding of(String ruleId, Stage stage, String location, String reference, String message) {
        return new Finding(ruleId, stage, location, reference, message, Hints.forFinding(ruleId, reference));
    }
}
