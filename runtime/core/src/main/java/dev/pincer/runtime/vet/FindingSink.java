package dev.pincer.runtime.vet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects findings of one stage, one per rule, reference and (for sources) location. */
final class FindingSink {
    private final Finding.Stage stage;
    private final String specSource;
    private final boolean perLocation;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    FindingSink(Finding.Stage stage, String specSource, boolean perLocation) {
        this.stage = stage;
        this.specSource = specSource;
        this.perLocation = perLocation;
    }

    void add(String ruleId, String location, String reference, String message) {
        String key = ruleId + "|" + reference + (perLocation ? "|" + location : "");
        findings.putIfAbsent(key, Finding.of(ruleId, stage, location, reference, message));
    }

    void denied(Verdict.Denied verdict, String location, String reference) {
        String where = verdict.line() > 0 ? " (" + specSource + ":" + verdict.line() + ")" : "";
        add(verdict.ruleId(), location, reference, reference + " is not allowed: " + verdict.reason() + where);
    }

    List<Finding> findings() {
        return List.copyOf(findings.values());
    }
}
