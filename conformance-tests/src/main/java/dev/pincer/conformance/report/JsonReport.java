package dev.pincer.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pincer.conformance.ConformanceReport;
import dev.pincer.conformance.Failure;
import dev.pincer.conformance.RequirementResult;
import dev.pincer.conformance.Status;
import dev.pincer.conformance.spec.Level;
import java.nio.file.Path;

/** Renders a report as JSON, for tools and coding agents that parse it. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    /** Renders {@code report}, showing paths relative to {@code base}. */
    public static String render(ConformanceReport report, Path base) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("integration", Locations.relative(base, report.integrationDir()));
        root.put("name", report.integrationName());
        root.put("spec", report.specId());
        root.put("specVersion", report.specVersion());
        root.put("passed", report.passed());
        ObjectNode summary = root.putObject("summary");
        for (Level level : Level.values()) {
            ObjectNode counts = summary.putObject(level.name());
            counts.put("total", report.count(level));
            counts.put("passed", report.count(level, Status.PASS));
            counts.put("failed", report.count(level, Status.FAIL));
            counts.put("notTested", report.count(level, Status.NOT_TESTED));
        }
        ArrayNode blockers = root.putArray("blockers");
        report.blockers().forEach(blockers::add);
        ArrayNode requirements = root.putArray("requirements");
        for (RequirementResult result : report.results()) {
            ObjectNode node = requirements.addObject();
            node.put("id", result.requirement().id());
            node.put("level", result.requirement().level().name());
            node.put("title", result.requirement().title());
            node.put("status", result.status().name());
            node.put("specFile", Locations.relative(base, result.requirement().file()));
            node.put("line", result.requirement().line());
            node.put("section", result.requirement().section());
            ArrayNode checks = node.putArray("checks");
            result.checks().forEach(checks::add);
            ArrayNode failures = node.putArray("failures");
            for (Failure failure : result.failures()) {
                failures.addObject().put("check", failure.check()).put("expected", failure.expected()).put("observed", failure.observed());
            }
        }
        ObjectNode timings = root.putObject("timingsMillis");
        timings.put("compile", report.compileTime().toMillis());
        timings.put("checks", report.checkTime().toMillis());
        ObjectNode perCheck = timings.putObject("perCheck");
        report.checkTimes().forEach((check, time) -> perCheck.put(check, time.toMillis()));
        ObjectNode hashes = root.putObject("hashes");
        report.hashes().forEach(hashes::put);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report as JSON: " + e.getMessage(), e);
        }
    }
}
