package example.github;

import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Reasons for GitHub's refusals, with GitHub's own message in each. */
final class Refusals {
    private Refusals() {}

    static String reason(Answer.Response response, String doing, Target target) {
        int status = response.status();
        String message = response.message();
        return switch (status) {
            case 401 -> "GitHub refused the token (401 " + message + "); set GITHUB_TOKEN to a valid personal access token"
                    + " with the Issues permission";
            case 404 -> "GitHub answered 404 " + message + " while " + doing + ": " + target.name()
                    + " does not exist, or GITHUB_TOKEN has no access to it";
            case 410 -> "GitHub answered 410 " + message + " while " + doing + " in " + target.name();
            case 422 -> "GitHub rejected " + doing + " in " + target.name() + " (422 " + message + errors(response) + ")";
            case 403 -> "GitHub refused " + doing + " in " + target.name() + " (403 " + message
                    + "); check the permissions of GITHUB_TOKEN";
            default -> "GitHub refused " + doing + " in " + target.name() + " (" + status + " " + message + ")";
        };
    }

    /** {@code : field code (message), …} for each of a 422's errors. */
    private static String errors(Answer.Response response) {
        if (!(response.body().orElse(null) instanceof JsonObject body)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        body.optArray("errors").ifPresent(errors -> errors.forEach(error -> {
            if (error instanceof JsonObject e) {
                String part = e.optString("field").orElse("?") + " " + e.optString("code").orElse("?");
                parts.add(part + e.optString("message").map(m -> " (" + m + ")").orElse(""));
            }
        }));
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }
}
