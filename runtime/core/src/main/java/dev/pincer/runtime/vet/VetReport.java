package dev.pincer.runtime.vet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/** The findings of vetting one integration, printable as text, JSON or SARIF 2.1.0. Immutable. */
public final class VetReport {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Finding> findings;
    private final Allowlist allowlist;

    VetReport(List<Finding> findings, Allowlist allowlist) {
        this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
    }

    /** Every finding, source findings first. */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether vetting found nothing, so that the integration may be loaded. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** One line per finding with its hint, then a summary line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.location()).append(": ").append(finding.ruleId()).append(' ').append(finding.message()).append('\n')
                    .append("    hint: ").append(finding.hint()).append('\n');
        }
        long source = findings.stream().filter(finding -> finding.stage() == Finding.Stage.SOURCE).count();
        text.append(findings.isEmpty() ? "pincer-vet: no findings"
                : "pincer-vet: " + findings.size() + " findings (" + source + " source, " + (findings.size() - source) + " bytecode)");
        return text.append('\n').toString();
    }

    /** {@code {"passed": ..., "findings": [{ruleId, stage, location, reference, message, hint}]}}. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", passed());
        ArrayNode array = root.putArray("findings");
        for (Finding finding : findings) {
            array.addObject().put("ruleId", finding.ruleId()).put("stage", finding.stage().name())
                    .put("location", finding.location()).put("reference", finding.reference())
                    .put("message", finding.message()).put("hint", finding.hint());
        }
        return write(root);
    }

    /** A SARIF 2.1.0 log with one run of the tool {@code pincer-vet}. */
    public String toSarif() {
        return write(SarifLog.of(findings, allowlist));
    }

    @Override
    public String toString() {
        return toText();
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a vetting report: " + e.getMessage(), e);
        }
    }
}
