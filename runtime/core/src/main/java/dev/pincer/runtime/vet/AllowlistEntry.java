package dev.pincer.runtime.vet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an allowlist fixture: a class pattern, optionally narrowed to one member.
 *
 * @param pattern the pattern as written
 * @param name the package (for {@code PACKAGE} and {@code SUBPACKAGES}) or the binary class name
 * @param scope what {@code name} covers
 * @param member the member name, or {@code null} for a class-level line
 */
record AllowlistEntry(String pattern, String name, Scope scope, String member, String ruleId, int line) {

    enum Scope { CLASS, PACKAGE, SUBPACKAGES }

    private static final Pattern SYNTAX = Pattern.compile(
            "^([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)(\\.\\*\\*|\\.\\*)?(?:#([\\w$]+|<init>|<clinit>))?$");

    static AllowlistEntry parse(String pattern, String ruleId, int line) {
        Matcher matcher = SYNTAX.matcher(pattern);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("pattern '" + pattern + "' is not valid; write a.b.*, a.b.**, a.b.Class or a.b.Class#member");
        }
        String wildcard = matcher.group(2);
        String member = matcher.group(3);
        if (wildcard != null && member != null) {
            throw new IllegalArgumentException("pattern '" + pattern + "' names a member of a package; name members of one class only");
        }
        Scope scope = wildcard == null ? Scope.CLASS : wildcard.equals(".*") ? Scope.PACKAGE : Scope.SUBPACKAGES;
        return new AllowlistEntry(pattern, matcher.group(1), scope, member, ruleId, line);
    }

    boolean isMember() {
        return member != null;
    }

    /** Whether this line's class part covers the binary class name. */
    boolean covers(String className) {
        return switch (scope) {
            case CLASS -> name.equals(className);
            case PACKAGE -> name.equals(packageOf(className));
            case SUBPACKAGES -> {
                String pkg = packageOf(className);
                yield pkg.equals(name) || pkg.startsWith(name + ".");
            }
        };
    }

    /** Higher for narrower lines: an exact class beats its package, a deeper package beats a shallower one. */
    int specificity() {
        return switch (scope) {
            case CLASS -> 2000 + name.length();
            case PACKAGE -> 1000 + name.length();
            case SUBPACKAGES -> name.length();
        };
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
