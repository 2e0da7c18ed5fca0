package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a profile's action table from a requirement's prose: the rows of the first Markdown table whose
 * first cell is an action name in backticks, as {@code name -> [effect, resource]}.
 */
public final class ActionTable {
    private ActionTable() {}

    /** The rows of the first action table in the prose of {@code requirementId}. */
    public static Map<String, List<String>> of(SpecLibrary specs, String requirementId) {
        String prose = specs.requirement(requirementId).orElseThrow(() -> new IllegalStateException(
                "the spec library has no " + requirementId + ", whose table lists the actions")).prose();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : prose.lines().toList()) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|")) {
                if (inTable) {
                    break; // only the first table lists actions
                }
                continue;
            }
            String[] cells = trimmed.substring(1).split("\\|");
            if (cells.length >= 3 && cells[0].trim().matches("`[a-z][a-z0-9_]*`")) {
                inTable = true;
                rows.put(unquote(cells[0]), List.of(unquote(cells[1]), unquote(cells[2])));
            }
        }
        return rows;
    }

    private static String unquote(String cell) {
        return cell.trim().replace("`", "");
    }
}
