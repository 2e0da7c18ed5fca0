package dev.pincer.runtime.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Turns javac's diagnostics into {@link CompilerMessage}s with a hint an integration's author can act on. */
final class CompilerHints {

    static final String SPI_ONLY =
            "generated integrations may use only the Pincer SPI (dev.pincer.spi) and the JDK";
    static final String GENERIC = "fix the source at this line; the compiler's message above says what it expected";

    private static final Pattern MISSING_PACKAGE = Pattern.compile("package (\\S+) does not exist");
    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(static\\s+)?([\\w.]+)[\\w.*]*\\s*;.*");

    private CompilerHints() {}

    static String kindOf(Diagnostic.Kind kind) {
        return switch (kind) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            case NOTE, OTHER -> "note";
        };
    }

    /** The compiler's message on one line: continuation lines joined with "; ". */
    static String oneLine(Diagnostic<? extends JavaFileObject> diagnostic) {
        String[] lines = diagnostic.getMessage(Locale.ROOT).split("\\R");
        StringBuilder text = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                text.append("; ").append(line);
            }
        }
        return text.toString();
    }

    /** The hint for an error; {@code sourceLine} is the line it points at, or empty. */
    static String hintFor(Diagnostic<? extends JavaFileObject> diagnostic, String sourceLine) {
        String code = String.valueOf(diagnostic.getCode());
        String message = diagnostic.getMessage(Locale.ROOT);
        if (code.equals("compiler.err.doesnt.exist")) {
            Matcher missing = MISSING_PACKAGE.matcher(message);
            if (missing.find() && !allowed(missing.group(1))) {
                return SPI_ONLY;
            }
        }
        if (code.startsWith("compiler.err.cant.resolve")) {
            Matcher imported = IMPORT.matcher(sourceLine);
            if (imported.matches() && !allowed(imported.group(2))) {
                return SPI_ONLY;
            }
        }
        return GENERIC;
    }

    /** True for names in the JDK's {@code java}/{@code javax} namespaces or in the SPI. */
    static boolean allowed(String qualifiedName) {
        return qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.")
                || qualifiedName.equals(SpiClassFiles.PACKAGE) || qualifiedName.startsWith(SpiClassFiles.PACKAGE + ".");
    }
}
