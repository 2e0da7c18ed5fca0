package example.gmail;

/** Reasons for Gmail's refusals, each with Google's own message. */
final class Refusals {
    private Refusals() {}

    static String reason(Answer.Response response, String doing) {
        String message = response.message();
        return switch (response.status()) {
            case 401 -> "Gmail refused the token (401 " + message + "); set GMAIL_TOKEN to a fresh OAuth access token"
                    + " with the gmail.modify scope";
            case 404 -> "Gmail answered 404 " + message + " while " + doing + ": there is no such message in the mailbox";
            case 403 -> "Gmail refused " + doing + " (403 " + message + "); check the scopes of GMAIL_TOKEN";
            case 400 -> "Gmail rejected " + doing + " (400 " + message + ")";
            default -> "Gmail refused " + doing + " (" + response.status() + " " + message + ")";
        };
    }
}
