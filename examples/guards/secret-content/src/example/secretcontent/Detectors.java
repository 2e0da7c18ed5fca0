package example.secretcontent;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of secrets the profile names, each a pattern that starts only at the edge of a run of letters and
 * digits and quantifies possessively, so that a long text costs linear time.
 */
final class Detectors {
    private static final String EDGE = "(?<![A-Za-z0-9])";
    private static final String END = "(?![A-Za-z0-9])";

    private record Detector(String kind, Pattern pattern) {}

    private static final List<Detector> DETECTORS = List.of(
            new Detector("private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]++ ){0,4}PRIVATE KEY-----")),
            new Detector("AWS access key id", Pattern.compile(EDGE + "(?:AKIA|ASIA)[0-9A-Z]{16}" + END)),
            new Detector("GitHub token", Pattern.compile(EDGE + "(?:gh[pousr]_[A-Za-z0-9]{36}" + END
                    + "|github_pat_[A-Za-z0-9_]{22,}+)")),
            new Detector("Slack token", Pattern.compile(EDGE + "xox[abprs]-[A-Za-z0-9-]{10,}+")),
            new Detector("Stripe live key", Pattern.compile(EDGE + "[sr]k_live_[A-Za-z0-9]{16,}+")),
            new Detector("Google API key", Pattern.compile(EDGE + "AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])")),
            new Detector("JWT", Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}+\\.eyJ[A-Za-z0-9_-]{5,}+"
                    + "\\.[A-Za-z0-9_-]{8,}+")));

    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(?<![A-Za-z0-9_])(?:password|passwd|passphrase|secret"
            + "|secret_key|secret_access_key|client_secret|api_key|api-key|apikey|access_token|auth_token)[\"']?+"
            + "[ \\t]*+[:=][ \\t]*+[\"']?+([^\\s\"'&,;]{8,}+)");

    private Detectors() {}

    /** The kind of the first secret-looking thing in {@code text}, by the order of the profile's table. */
    static Optional<String> find(String text) {
        for (Detector detector : DETECTORS) {
            if (detector.pattern().matcher(text).find()) {
                return Optional.of(detector.kind());
            }
        }
        Matcher assignment = ASSIGNMENT.matcher(text);
        while (assignment.find()) {
            if (!placeholder(assignment.group(1))) {
                return Optional.of("credential assignment");
            }
        }
        return Optional.empty();
    }

    /** One character repeated ({@code ********}), or a template such as {@code ${KEY}}, {@code <key>}, {@code %KEY%}. */
    private static boolean placeholder(String value) {
        char first = value.charAt(0);
        return "$<{%".indexOf(first) >= 0 || value.chars().allMatch(c -> c == first);
    }
}
