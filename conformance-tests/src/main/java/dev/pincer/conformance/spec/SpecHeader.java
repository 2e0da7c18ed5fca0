package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code key: value} lines of a spec's {@code spec} block. */
record SpecHeader(String id, String version, Optional<String> extendsId, int idLine, int extendsLine) {

    private static final String FORMAT = "a spec block holds 'id: <path under specs/ without .md>', "
            + "'version: <major>.<minor>' and optionally 'extends: <spec id>'";

    static SpecHeader parse(Path file, int fenceLine, String literal) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = literal.split("\r\n|\r|\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int line = fenceLine + 1 + i;
            if (row.isEmpty()) {
                continue;
            }
            int colon = row.indexOf(':');
            if (colon < 0) {
                throw SpecException.at(file, line, "line '" + row + "' in the spec block is not 'key: value'", FORMAT);
            }
            String key = row.substring(0, colon).strip();
            String value = row.substring(colon + 1).strip();
            if (!key.equals("id") && !key.equals("version") && !key.equals("extends")) {
                throw SpecException.at(file, line, "unknown key '" + key + "' in the spec block",
                        "use only id, version and extends");
            }
            if (values.containsKey(key)) {
                throw SpecException.at(file, line, "key '" + key + "' appears twice in the spec block",
                        "keep one, the first is at line " + lines.get(key));
            }
            if (value.isEmpty()) {
                throw SpecException.at(file, line, "key '" + key + "' has no value", FORMAT);
            }
            values.put(key, value);
            lines.put(key, line);
        }
        String id = values.get("id");
        if (id == null) {
            throw SpecException.at(file, fenceLine, "the spec block has no 'id'",
                    "add 'id: <path under specs/ without .md>', for example 'id: channels/telegram'");
        }
        if (!Spec.ID.matcher(id).matches()) {
            throw SpecException.at(file, lines.get("id"), "invalid spec id '" + id + "'",
                    "use the file's path under specs/ without .md: lower-case words joined by '-' and '/', "
                            + "for example 'channels/telegram'");
        }
        String version = values.get("version");
        if (version == null) {
            throw SpecException.at(file, fenceLine, "the spec block has no 'version'", "add 'version: 1.0'");
        }
        if (!Spec.VERSION.matcher(version).matches()) {
            throw SpecException.at(file, lines.get("version"), "invalid version '" + version + "'",
                    "write it as <major>.<minor>, for example 'version: 1.0'");
        }
        String extendsId = values.get("extends");
        if (extendsId != null && !Spec.ID.matcher(extendsId).matches()) {
            throw SpecException.at(file, lines.get("extends"), "invalid spec id '" + extendsId + "' after 'extends'",
                    "name the extended spec by its id, for example 'extends: channel'");
        }
        return new SpecHeader(id, version, Optional.ofNullable(extendsId), lines.get("id"),
                lines.getOrDefault("extends", fenceLine));
    }
}
