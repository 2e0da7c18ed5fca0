package dev.pincer.conformance.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relative links in Markdown: {@code [text](target)}, {@code ![alt](target)} and reference
 * definitions {@code [label]: target}, outside fenced code blocks and code spans.
 *
 * <p>Links with a scheme ({@code https:}, {@code mailto:}), absolute paths and pure anchors
 * ({@code #section}) are not relative and are left out. Targets lose their {@code #anchor} and
 * {@code ?query}, and {@code %20} becomes a space.
 */
final class MarkdownLinks {
    /** {@code ](target)} or {@code ](target "title")}; group 1 is the target. */
    private static final Pattern INLINE =
            Pattern.compile("\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+).*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** A relative link at a 1-based line: as written, and as a path relative to the file. */
    record Link(int line, String raw, String target) {}

    private MarkdownLinks() {}

    /** The relative links in {@code lines} from the 0-based index {@code start} on. */
    static List<Link> relativeLinks(List<String> lines, int start) {
        List<Link> links = new ArrayList<>();
        String fence = null;
        for (int i = start; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
                continue;
            }
            if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            String text = CODE_SPAN.matcher(lines.get(i)).replaceAll("");
            Matcher definition = DEFINITION.matcher(text);
            if (definition.matches()) {
                add(links, i + 1, definition.group(1));
                continue;
            }
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                add(links, i + 1, inline.group(1));
            }
        }
        return links;
    }

    private static void add(List<Link> links, int line, String written) {
        String raw = written.startsWith("<") && written.endsWith(">")
                ? written.substring(1, written.length() - 1)
                : written;
        if (raw.isEmpty() || raw.startsWith("#") || raw.startsWith("/") || SCHEME.matcher(raw).find()) {
            return;
        }
        String target = raw;
        int cut = indexOfAny(target, '#', '?');
        if (cut >= 0) {
            target = target.substring(0, cut);
        }
        links.add(new Link(line, raw, target.replace("%20", " ")));
    }

    private static int indexOfAny(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
