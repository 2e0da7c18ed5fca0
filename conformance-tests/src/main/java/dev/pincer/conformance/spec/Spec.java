package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One parsed spec file.
 *
 * @param id the spec's ID, equal to its path under {@code specs/} without {@code .md}, for example {@code channels/telegram}
 * @param version the spec's version, {@code major.minor}
 * @param extendsId the ID of the spec this one extends, if any
 * @param title the text of the file's level-1 heading
 * @param file the spec file
 * @param requirements its requirements, in document order
 * @param fixtures its fixtures, in document order
 */
public record Spec(
        String id,
        String version,
        Optional<String> extendsId,
        String title,
        Path file,
        List<Requirement> requirements,
        List<Fixture> fixtures) {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

    public Spec {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("spec id must look like channels/telegram, was '" + id + "'");
        }
        Objects.requireNonNull(version, "version");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("spec version must look like 1.0, was '" + version + "'");
        }
        Objects.requireNonNull(extendsId, "extendsId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        requirements = List.copyOf(requirements);
        fixtures = List.copyOf(fixtures);
    }

    /** The requirement with this ID, if this spec defines it. */
    public Optional<Requirement> requirement(String requirementId) {
        Objects.requireNonNull(requirementId, "requirementId");
        return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }
}
