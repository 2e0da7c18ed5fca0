package dev.pincer.runtime.vet;

import java.util.Map;

/** Fix hints for findings: one per requirement, sharpened for a few well-known references. */
final class Hints {
    private Hints() {}

    /** Keys ending in '.' match a package prefix; other keys match the class or member exactly. */
    private static final Map<String, String> BY_REFERENCE = Map.ofEntries(
            Map.entry("java.lang.System#getenv", "use context.secrets() / context.config() instead of System.getenv"),
            Map.entry("java.lang.System#getProperty", "use context.config() instead of System.getProperty"),
            Map.entry("java.lang.System#currentTimeMillis", "use context.clock().now() instead of System.currentTimeMillis"),
            Map.entry("java.lang.System#nanoTime", "use context.clock().now() instead of System.nanoTime"),
            Map.entry("java.lang.System#out", "log with context.log() instead of System.out"),
            Map.entry("java.lang.System#err", "log with context.log() instead of System.err"),
            Map.entry("java.lang.Thread#sleep", "use context.clock().sleep(...) instead of Thread.sleep"),
            Map.entry("java.util.concurrent.TimeUnit#sleep", "use context.clock().sleep(...) instead of TimeUnit.sleep"),
            Map.entry("java.io.PrintWriter", "PrintWriter opens files by name; write to a StringWriter or StringBuilder instead"),
            Map.entry("java.io.PrintStream", "PrintStream opens files by name; write to a StringBuilder, or log with context.log()"),
            Map.entry("java.net.http.", "use context.http() instead of java.net.http.HttpClient"),
            Map.entry("java.net.URL", "use context.http() instead of URL connections"),
            Map.entry("java.net.URLConnection", "use context.http() instead of URL connections"),
            Map.entry("java.net.HttpURLConnection", "use context.http() instead of URL connections"),
            Map.entry("java.net.Socket", "use context.http() instead of sockets"));

    private static final Map<String, String> BY_RULE = Map.ofEntries(
            Map.entry("CONF-CLS-001", "use only allowlisted classes (specs/confinement.md), or reach the outside world through the context"),
            Map.entry("CONF-CLS-004", "call the code directly; reflection is not available to integrations"),
            Map.entry("CONF-CLS-005", "use a lambda or a method reference instead of java.lang.invoke"),
            Map.entry("CONF-CLS-006", "integrations cannot load or inspect code; compile everything they need with them"),
            Map.entry("CONF-CLS-007", "integrations cannot run programs or control the JVM; throw IntegrationException to report failure"),
            Map.entry("CONF-CLS-008", "use context.secrets() / context.config() instead of the environment or system properties"),
            Map.entry("CONF-CLS-009", "the runtime calls the integration on its own threads; do the work in the call, and wait with context.clock().sleep(...)"),
            Map.entry("CONF-CLS-010", "use context.clock().now() and context.clock().sleep(...) instead of the system clock"),
            Map.entry("CONF-CLS-011", "integrations have no file system; keep durable data in context.state()"),
            Map.entry("CONF-CLS-012", "use context.http() instead of sockets, URL connections or java.net.http.HttpClient"),
            Map.entry("CONF-CLS-013", "exchange data as JSON with dev.pincer.spi.json; Java serialization is not available"),
            Map.entry("CONF-CLS-014", "native and JDK-internal code is not available to integrations"),
            Map.entry("CONF-CLS-015", "log with context.log(); the console, JMX, logging frameworks and ServiceLoader are not available"),
            Map.entry("CONF-CLS-016", "use MessageDigest, Mac, Signature and KeyFactory with the JDK's algorithms; providers and policy belong to the owner"),
            Map.entry("CONF-CLS-018", "compile against dev.pincer.spi only"),
            Map.entry("CONF-CLS-019", "pass a Locale or ZoneId explicitly instead of changing JVM-wide defaults"),
            Map.entry("CONF-BC-001", "let the runtime compile the sources with --release 21; do not hand it other class files"),
            Map.entry("CONF-BC-003", "use lambdas, method references, records, string concatenation and switches as javac compiles them"),
            Map.entry("CONF-BC-004", "use lambdas and method references instead of java.lang.invoke types"),
            Map.entry("CONF-BC-005", "use lambdas and method references instead of method handle constants"),
            Map.entry("CONF-BC-006", "compose instead of extending: hold the object in a field, or implement an allowed interface"),
            Map.entry("CONF-BC-007", "declare the integration in its own package, for example dev.example.telegram"),
            Map.entry("CONF-BC-008", "remove the native method or finalize(); release resources in stop()"),
            Map.entry("CONF-SRC-002", "fix the syntax error; the runtime compiles the sources with --release 21"));

    static String forFinding(String ruleId, String reference) {
        for (Map.Entry<String, String> entry : BY_REFERENCE.entrySet()) {
            String key = entry.getKey();
            boolean matches = key.endsWith(".")
                    ? reference.startsWith(key)
                    : reference.equals(key) || (!key.contains("#") && reference.startsWith(key + "#"));
            if (matches) {
                return entry.getValue();
            }
        }
        return BY_RULE.getOrDefault(ruleId, "see " + ruleId + " in specs/confinement.md");
    }

    /** The rule IDs this class has hints for, so that a test can check each exists in the spec. */
    static java.util.Set<String> ruleIds() {
        return BY_RULE.keySet();
    }
}
