package dev.pincer.runtime.vet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the SARIF 2.1.0 form of a vetting report. */
final class SarifLog {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SPEC = "specs/confinement.md";
    private static final Pattern SOURCE_LOCATION = Pattern.compile("^(.+):(\\d+):(\\d+)$");

    private SarifLog() {}

    static ObjectNode of(List<Finding> findings, Allowlist allowlist) {
        ObjectNode log = VetReport.JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "pincer-vet");
        driver.put("informationUri", SPEC);
        ArrayNode rules = driver.putArray("rules");
        List<String> ruleIds = new ArrayList<>();
        for (Finding finding : findings) {
            if (!ruleIds.contains(finding.ruleId())) {
                ruleIds.add(finding.ruleId());
                ObjectNode rule = rules.addObject();
                rule.put("id", finding.ruleId());
                String title = allowlist.requirement(finding.ruleId()).map(ConfinementSpec.Requirement::title).orElse(finding.ruleId());
                rule.putObject("shortDescription").put("text", title);
                rule.put("helpUri", SPEC + "#" + anchor(finding.ruleId(), allowlist));
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : findings) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", ruleIds.indexOf(finding.ruleId()));
            result.put("level", "error");
            result.putObject("message").put("text", finding.message() + " Hint: " + finding.hint());
            location(result.putArray("locations").addObject(), finding);
            result.putObject("properties").put("stage", finding.stage().name()).put("reference", finding.reference());
        }
        return log;
    }

    private static void location(ObjectNode location, Finding finding) {
        Matcher source = SOURCE_LOCATION.matcher(finding.location());
        if (finding.stage() == Finding.Stage.SOURCE && source.matches()) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", source.group(1));
            physical.putObject("region").put("startLine", Integer.parseInt(source.group(2)))
                    .put("startColumn", Integer.parseInt(source.group(3)));
            return;
        }
        String name = finding.location().replaceFirst(" .*$", "");
        location.putArray("logicalLocations").addObject()
                .put("fullyQualifiedName", name)
                .put("kind", name.contains("#") ? "member" : "type");
    }

    /** The anchor GitHub gives the requirement's heading, for example {@code conf-cls-004-must-reflection-is-denied}. */
    static String anchor(String ruleId, Allowlist allowlist) {
        String heading = allowlist.requirement(ruleId)
                .map(requirement -> requirement.id() + " (" + requirement.level() + ") " + requirement.title())
                .orElse(ruleId);
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
