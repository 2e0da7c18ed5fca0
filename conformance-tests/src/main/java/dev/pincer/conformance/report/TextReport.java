package dev.pincer.conformance.report;

import dev.pincer.conformance.ConformanceReport;
import dev.pincer.conformance.Failure;
import dev.pincer.conformance.RequirementResult;
import dev.pincer.conformance.Status;
import dev.pincer.conformance.spec.Level;
import dev.pincer.conformance.spec.Requirement;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders a report as text for a coding agent that must fix its code from it.
 *
 * <p>Failures come first, each with its requirement, spec file and line, the check, what was
 * expected and what was observed; then passes and untested requirements one per line; then a
 * summary and the command to run again.
 */
public final class TextReport {
    private TextReport() {}

    /**
     * Renders {@code report}, showing paths relative to {@code base}.
     *
     * @param command the command that reproduces this run, shown at the end
     */
    public static String render(ConformanceReport report, Path base, String command) {
        StringBuilder out = new StringBuilder();
        out.append("Pincer conformance: ").append(Locations.relative(base, report.integrationDir())).append('\n');
        out.append("  integration  ").append(report.integrationName());
        if (!report.specId().isEmpty()) {
            out.append(", claims ").append(report.specId()).append(' ').append(report.specVersion());
        }
        out.append('\n');
        if (!report.compileTime().isZero()) {
            out.append(String.format(Locale.ROOT, "  timings      compiled in %.2f s, checks ran in %.2f s%n",
                    report.compileTime().toNanos() / 1e9, report.checkTime().toNanos() / 1e9));
        }
        out.append('\n');
        for (String blocker : report.blockers()) {
            out.append("BLOCKED ").append(blocker.replace("\n", "\n        ")).append("\n\n");
        }
        List<RequirementResult> sorted = report.results().stream()
                .sorted(Comparator.comparing((RequirementResult r) -> r.status() != Status.FAIL)
                        .thenComparing(r -> r.requirement().level()))
                .toList();
        for (RequirementResult result : sorted) {
            if (result.status() == Status.FAIL) {
                renderFailure(out, result, base);
            }
        }
        for (RequirementResult result : sorted) {
            if (result.status() != Status.FAIL) {
                out.append(String.format(Locale.ROOT, "%-10s %s%n", label(result.status()), heading(result.requirement())));
            }
        }
        out.append('\n').append(summary(report)).append('\n');
        out.append(verdict(report, command)).append('\n');
        return out.toString();
    }

    private static void renderFailure(StringBuilder out, RequirementResult result, Path base) {
        Requirement r = result.requirement();
        out.append("FAIL       ").append(heading(r)).append('\n');
        out.append("  spec     ").append(Locations.relative(base, r.file())).append(':').append(r.line())
                .append(" (").append(r.section()).append(")\n");
        for (Failure failure : result.failures()) {
            out.append("  check    ").append(failure.check()).append('\n');
            out.append("  expected ").append(failure.expected()).append('\n');
            out.append("  observed ").append(failure.observed()).append('\n');
        }
        out.append('\n');
    }

    private static String heading(Requirement r) {
        return r.id() + " (" + r.level() + ") " + r.title();
    }

    private static String label(Status status) {
        return switch (status) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_TESTED -> "NOT TESTED";
        };
    }

    /** One line with counts per level, such as {@code MUST 30/30 passed · SHOULD 2/3 passed, 1 failed · MAY 0/2 tested}. */
    public static String summary(ConformanceReport report) {
        StringBuilder line = new StringBuilder("Summary:");
        String separator = " ";
        for (Level level : Level.values()) {
            long total = report.count(level);
            if (total == 0) {
                continue;
            }
            long passed = report.count(level, Status.PASS);
            long failed = report.count(level, Status.FAIL);
            long untested = report.count(level, Status.NOT_TESTED);
            line.append(separator).append(level).append(' ').append(passed).append('/').append(total).append(" passed");
            if (failed > 0) {
                line.append(", ").append(failed).append(" failed");
            }
            if (untested > 0) {
                line.append(", ").append(untested).append(" not tested");
            }
            separator = " · ";
        }
        return line.toString();
    }

    private static String verdict(ConformanceReport report, String command) {
        if (report.passed()) {
            return "RESULT: PASS (every MUST passed)";
        }
        if (!report.blockers().isEmpty()) {
            return "RESULT: FAIL (blocked before the checks could run). Fix what BLOCKED names, then run: " + command;
        }
        long failed = report.count(Level.MUST, Status.FAIL);
        long untested = report.count(Level.MUST, Status.NOT_TESTED);
        return "RESULT: FAIL (" + failed + " MUST failed" + (untested > 0 ? ", " + untested + " MUST not tested" : "")
                + "). Read each FAIL's spec section, fix the code, then run: " + command;
    }
}
