package dev.pincer.conformance;

import dev.pincer.conformance.spec.Requirement;
import dev.pincer.conformance.spec.Spec;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.manifest.ManifestException;
import java.util.List;
import java.util.Optional;

/**
 * Results for {@code specs/manifest.md}: its rules are enforced by the runtime's manifest reader,
 * so they pass when {@code pincer.json} was read and fail, field by field, when it was not.
 */
final class ManifestResults {
    static final String SPEC_ID = "manifest";
    static final String CHECK = "pincer.json read and validated by the runtime's manifest reader";

    private ManifestResults() {}

    static List<RequirementResult> passed(SpecLibrary specs) {
        return manifestSpec(specs).map(spec -> spec.requirements().stream()
                .map(r -> new RequirementResult(r, Status.PASS, List.of(CHECK), List.of()))
                .toList()).orElse(List.of());
    }

    /**
     * Fails the requirement about the field the reader rejected, and leaves the others untested. A
     * requirement is about a field when its title starts with the field's name ({@code "egress lists …"}),
     * or with another field and then it ({@code "spec and specVersion …"}); problems with no such
     * requirement (unknown fields, malformed JSON) fail the first requirement, about the file as a whole. A
     * problem whose requirement the reader names ({@link ManifestException#requirement()}, such as a guard that
     * lists hosts) fails that one.
     */
    static List<RequirementResult> failed(SpecLibrary specs, ManifestException e) {
        Optional<Spec> spec = manifestSpec(specs);
        if (spec.isEmpty() || spec.get().requirements().isEmpty()) {
            return List.of();
        }
        String field = topLevelField(e.field());
        List<Requirement> requirements = spec.get().requirements();
        Requirement broken = e.requirement().flatMap(id -> requirements.stream().filter(r -> r.id().equals(id)).findFirst())
                .or(() -> requirements.stream().filter(r -> namesField(r, field)).findFirst()).orElse(requirements.get(0));
        return requirements.stream().map(r -> r != broken
                ? new RequirementResult(r, Status.NOT_TESTED, List.of(), List.of())
                : new RequirementResult(r, Status.FAIL, List.of(CHECK),
                        List.of(new Failure(CHECK, "a valid pincer.json", e.getMessage()))))
                .toList();
    }

    private static boolean namesField(Requirement requirement, String field) {
        if (field.isEmpty()) {
            return false;
        }
        String title = requirement.title().replace("`", "");
        return title.startsWith(field + " ") || title.matches("^\\w+ and " + java.util.regex.Pattern.quote(field) + " .*");
    }

    private static String topLevelField(String field) {
        if (field == null) {
            return "";
        }
        int cut = field.length();
        for (char c : new char[] {'[', '.'}) {
            int at = field.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return field.substring(0, cut);
    }

    private static Optional<Spec> manifestSpec(SpecLibrary specs) {
        return specs.specs().stream().filter(s -> s.id().equals(SPEC_ID)).findFirst();
    }
}
