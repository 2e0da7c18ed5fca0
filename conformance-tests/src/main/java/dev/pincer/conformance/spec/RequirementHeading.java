package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a level-3 heading {@code <ID> (<LEVEL>) <Title>}. */
record RequirementHeading(String id, Level level, String title) {

    private static final Pattern LOOKS_LIKE_ID = Pattern.compile("^[A-Za-z]+(-[A-Za-z0-9]+)*-\\d+(?![A-Za-z0-9-])");
    private static final Pattern MENTIONS_LEVEL =
            Pattern.compile("\\((MUST|SHOULD|MAY)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("^(\\S+)\\s+\\(([^)]*)\\)\\s*(.*)$");
    private static final String EXPECTED = "write it as '### <ID> (<LEVEL>) <Title>', "
            + "for example '### CH-LIFE-001 (MUST) Stop ends every wait within 5 seconds'";

    /**
     * The requirement a level-3 heading declares, or empty for a plain heading.
     *
     * @throws SpecException if the heading looks like a requirement but is not well formed
     */
    static Optional<RequirementHeading> parse(Path file, int line, String text) {
        if (!LOOKS_LIKE_ID.matcher(text).find() && !MENTIONS_LEVEL.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(text);
        if (!form.matches() || form.group(3).isBlank()) {
            throw SpecException.at(file, line, "malformed requirement heading '### " + text + "'", EXPECTED);
        }
        String id = form.group(1);
        if (!Requirement.ID.matcher(id).matches()) {
            throw SpecException.at(file, line, "malformed requirement ID '" + id + "' in heading '### " + text + "'",
                    "an ID is upper-case words joined by '-' and ending in a 3-digit number, for example CH-LIFE-001");
        }
        String levelWord = form.group(2).strip();
        Level level;
        try {
            level = Level.valueOf(levelWord);
        } catch (IllegalArgumentException e) {
            String hint = isLevel(levelWord.toUpperCase(Locale.ROOT)) ? " (in upper case)" : "";
            throw SpecException.at(file, line, "unknown level '" + levelWord + "' in requirement " + id,
                    "use MUST, SHOULD or MAY" + hint + ", as RFC 2119 defines them");
        }
        return Optional.of(new RequirementHeading(id, level, form.group(3).strip()));
    }

    private static boolean isLevel(String word) {
        for (Level level : Level.values()) {
            if (level.name().equals(word)) {
                return true;
            }
        }
        return false;
    }
}
