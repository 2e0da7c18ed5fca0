package example.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The repository a call concerns, and the API paths within it.
 *
 * <p>Owner and repository come from the model, which may have read hostile text: each becomes exactly one
 * percent-encoded path segment, and {@code .} and {@code ..}, which would climb out of the repository's path
 * and which GitHub does not allow as names, are refused.
 */
record Target(String owner, String repo) {

    /** The target, or empty if a name cannot be one path segment. */
    static Optional<Target> of(String owner, String repo) {
        return segmentOk(owner) && segmentOk(repo) ? Optional.of(new Target(owner, repo)) : Optional.empty();
    }

    private static boolean segmentOk(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..");
    }

    /** {@code /repos/{owner}/{repo}} followed by {@code rest}, such as {@code /issues}. */
    String path(String rest) {
        return "/repos/" + encode(owner) + "/" + encode(repo) + rest;
    }

    /** {@code owner/repo}, for reasons. */
    String name() {
        return owner + "/" + repo;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
