package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Parses one spec file written in the format that {@code specs/README.md} describes.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpecParser {

    private SpecParser() {}

    /**
     * Parses the Markdown text of one spec file.
     *
     * <p>Checks everything that one file can show: the title and {@code spec} block, requirement
     * headings, non-empty prose, fixture info strings, and IDs and fixture names unique within the
     * file. Whether the ID matches the file's path, and uniqueness across files, are checked by
     * {@link SpecLibrary#load}.
     *
     * @param file the file's path, used in the result and in error messages
     * @param text the file's content
     * @throws SpecException if the text is not a well-formed spec; the message names the file and line
     */
    public static Spec parse(Path file, String text) {
        return read(file, text).spec();
    }

    static ParsedSpec read(Path file, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        return new SpecReader(file, text).read();
    }
}
