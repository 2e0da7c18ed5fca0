package dev.pincer.runtime.vet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The requirement headings and allowlist fixtures of {@code specs/confinement.md}, read line by line. */
record ConfinementSpec(String source, Map<String, Requirement> requirements,
                       List<AllowlistEntry> allow, List<AllowlistEntry> deny, List<AllowlistEntry> bootstraps) {

    /** One {@code ### CONF-XXX-NNN (LEVEL) Title} heading. */
    record Requirement(String id, String level, String title, int line) {}

    static final String ALLOW = "confinement-allow";
    static final String DENY = "confinement-deny";
    static final String BOOTSTRAPS = "confinement-bootstraps";

    private static final Pattern HEADING = Pattern.compile("^### (CONF-[A-Z]+-\\d{3}) \\((MUST|SHOULD|MAY)\\) (.+)$");
    private static final Pattern FENCE_OPEN = Pattern.compile("^```\\s*fixture\\s+([a-z0-9-]+)\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^(\\S+)\\s{2,}#\\s*(CONF-[A-Z]+-\\d{3})\\s*$");

    static ConfinementSpec parse(String source, List<String> lines) {
        Map<String, Requirement> requirements = new LinkedHashMap<>();
        Map<String, List<AllowlistEntry>> fixtures = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                Requirement requirement = new Requirement(heading.group(1), heading.group(2), heading.group(3).strip(), lineNumber);
                Requirement previous = requirements.putIfAbsent(requirement.id(), requirement);
                if (previous != null) {
                    throw error(source, lineNumber, "requirement " + requirement.id() + " is declared twice (first at line "
                            + previous.line() + "); give each requirement its own ID");
                }
                continue;
            }
            Matcher fence = FENCE_OPEN.matcher(line);
            if (fence.matches()) {
                String name = fence.group(1);
                List<AllowlistEntry> entries = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("```")) {
                    String entryLine = lines.get(i).strip();
                    if (!entryLine.isEmpty()) {
                        entries.add(entry(source, i + 1, entryLine));
                    }
                    i++;
                }
                if (i >= lines.size()) {
                    throw error(source, lineNumber, "fixture " + name + " is not closed; end it with a line of ```");
                }
                if (fixtures.put(name, entries) != null) {
                    throw error(source, lineNumber, "fixture " + name + " appears twice; keep one block per fixture");
                }
            }
        }
        List<AllowlistEntry> allow = required(source, fixtures, ALLOW);
        List<AllowlistEntry> deny = required(source, fixtures, DENY);
        List<AllowlistEntry> bootstraps = required(source, fixtures, BOOTSTRAPS);
        for (List<AllowlistEntry> entries : List.of(allow, deny, bootstraps)) {
            for (AllowlistEntry entry : entries) {
                if (!requirements.containsKey(entry.ruleId())) {
                    throw error(source, entry.line(), entry.ruleId() + " is not a requirement heading of this spec; known IDs: "
                            + requirements.keySet());
                }
            }
        }
        return new ConfinementSpec(source, Map.copyOf(requirements), List.copyOf(allow), List.copyOf(deny), List.copyOf(bootstraps));
    }

    private static AllowlistEntry entry(String source, int line, String text) {
        Matcher matcher = ENTRY.matcher(text);
        if (!matcher.matches()) {
            throw error(source, line, "fixture line must be '<pattern>  # CONF-XXX-NNN' (two spaces before #), was '" + text + "'");
        }
        try {
            return AllowlistEntry.parse(matcher.group(1), matcher.group(2), line);
        } catch (IllegalArgumentException e) {
            throw error(source, line, e.getMessage());
        }
    }

    private static List<AllowlistEntry> required(String source, Map<String, List<AllowlistEntry>> fixtures, String name) {
        List<AllowlistEntry> entries = fixtures.get(name);
        if (entries == null) {
            throw new IllegalArgumentException(source + ": no ```fixture " + name + "``` block; the confinement spec needs the blocks "
                    + List.of(ALLOW, DENY, BOOTSTRAPS));
        }
        return entries;
    }

    private static IllegalArgumentException error(String source, int line, String message) {
        return new IllegalArgumentException(source + ":" + line + ": " + message);
    }
}
