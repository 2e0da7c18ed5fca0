package dev.pincer.conformance.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML frontmatter of a {@code SKILL.md} the simple way: top-level {@code key: value} lines.
 *
 * <p>Supported values: plain, quoted ({@code "…"} with {@code \"} and {@code \\} escapes, or
 * {@code '…'} with {@code ''}), folded ({@code >}) and literal ({@code |}) blocks, plain values
 * continued on indented lines, and a map of indented {@code key: value} lines (for
 * {@code metadata}). That covers what skills use; anything else is reported as a problem rather than guessed.
 */
final class Frontmatter {
    private static final String DELIMITER = "---";
    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z0-9_.-]+):(?:[ \\t]+(.*))?");
    private static final Pattern BLOCK_HEADER = Pattern.compile("([>|])[+-]?[1-9]?[+-]?");
    private static final Pattern MAP_ENTRY = Pattern.compile("[ \\t]+[A-Za-z0-9_.-]+:(?:[ \\t].*)?");

    /** One top-level key, with the 1-based line it is on. */
    record Entry(String key, int line, String value, boolean map) {
        Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A problem at a 1-based line; the message already says how to fix it. */
    record Problem(int line, String message) {}

    /** The outcome of reading a file's lines. */
    sealed interface Result {
        /** The file does not start with a {@code ---} line. */
        record Missing() implements Result {}

        /** No closing {@code ---} line. */
        record Unterminated() implements Result {}

        /**
         * The frontmatter was found and read.
         *
         * @param bodyStart the 0-based index of the first line after the closing {@code ---}
         */
        record Parsed(Map<String, Entry> entries, List<Problem> problems, int bodyStart) implements Result {}
    }

    private Frontmatter() {}

    static Result parse(List<String> lines) {
        if (lines.isEmpty() || !stripBom(lines.get(0)).strip().equals(DELIMITER)) {
            return new Result.Missing();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(DELIMITER)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return new Result.Unterminated();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        int i = 1;
        while (i < close) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            int next = i + 1;
            while (next < close && (lines.get(next).isBlank() || Character.isWhitespace(lines.get(next).charAt(0)))) {
                next++;
            }
            List<String> continuation = lines.subList(i + 1, next);
            i = next;
            Matcher key = KEY_LINE.matcher(line);
            if (Character.isWhitespace(line.charAt(0)) || !key.matches()) {
                problems.add(new Problem(lineNumber, "cannot read frontmatter line '" + line.strip()
                        + "'; write each field as 'key: value' starting at the first column"));
                continue;
            }
            String name = key.group(1);
            String raw = key.group(2) == null ? "" : key.group(2).strip();
            Entry entry = entry(name, lineNumber, raw, continuation, problems);
            if (entries.putIfAbsent(name, entry) != null) {
                problems.add(new Problem(lineNumber, "duplicate frontmatter key '" + name + "' (first on line "
                        + entries.get(name).line() + "); keep one"));
            }
        }
        return new Result.Parsed(entries, problems, close + 1);
    }

    private static Entry entry(String key, int line, String raw, List<String> continuation, List<Problem> problems) {
        Matcher block = BLOCK_HEADER.matcher(raw);
        if (block.matches()) {
            return new Entry(key, line, block.group(1).equals(">") ? fold(continuation) : literal(continuation), false);
        }
        boolean hasContinuation = continuation.stream().anyMatch(l -> !l.isBlank());
        if (raw.isEmpty() && hasContinuation
                && continuation.stream().filter(l -> !l.isBlank()).allMatch(l -> MAP_ENTRY.matcher(l).matches())) {
            return new Entry(key, line, String.join("\n", continuation).strip(), true);
        }
        String text = hasContinuation ? raw + " " + fold(continuation) : raw;
        if (text.startsWith("\"") || text.startsWith("'")) {
            return new Entry(key, line, unquote(key, line, text, problems), false);
        }
        int comment = text.indexOf(" #");
        if (comment >= 0) {
            text = text.substring(0, comment).strip(); // YAML ends a plain value at " #"
        }
        if (text.contains(": ")) {
            problems.add(new Problem(line, "the value of '" + key + "' contains ': ', which YAML reads as a nested key;"
                    + " put the value in double quotes or use a folded block ('" + key + ": >')"));
        }
        return new Entry(key, line, text, false);
    }

    private static String unquote(String key, int line, String text, List<Problem> problems) {
        char quote = text.charAt(0);
        if (text.length() < 2 || text.charAt(text.length() - 1) != quote) {
            problems.add(new Problem(line, "the quoted value of '" + key + "' has no closing " + quote
                    + "; end it with " + quote));
            return text.substring(1);
        }
        String inner = text.substring(1, text.length() - 1);
        return quote == '\'' ? inner.replace("''", "'") : inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** A folded block: lines joined with spaces, a blank line becomes a line break. */
    private static String fold(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                out.append('\n');
            } else {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                out.append(line.strip());
            }
        }
        return out.toString().strip();
    }

    /** A literal block: lines kept, with their common indentation removed. */
    private static String literal(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
