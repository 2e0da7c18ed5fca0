package dev.pincer.conformance.fake.gmail;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;

/** Google's error bodies: {@code {"error":{"code","message","errors":[{message,domain,reason}],"status"}}}. */
final class GmailErrors {
    static final String INVALID_CREDENTIALS = "Request had invalid authentication credentials. Expected OAuth 2 access token,"
            + " login cookie or other valid authentication credential."
            + " See https://developers.google.com/identity/sign-in/web/devconsole-project.";
    static final String MISSING_CREDENTIALS = "Request is missing required authentication credential. Expected OAuth 2 access"
            + " token, login cookie or other valid authentication credential."
            + " See https://developers.google.com/identity/sign-in/web/devconsole-project.";
    static final String NOT_FOUND = "Requested entity was not found.";

    private GmailErrors() {}

    /** An error body whose one error repeats the top-level message. */
    static String body(int code, String message, String domain, String reason, String status) {
        return body(code, message, error(message, domain, reason).build(), status);
    }

    static String body(int code, String message, JsonObject error, String status) {
        return Json.object().put("error", Json.object().put("code", code).put("message", message)
                .put("errors", Json.array(List.of(error))).put("status", status).build()).build().toString();
    }

    static JsonObject.Builder error(String message, String domain, String reason) {
        return Json.object().put("message", message).put("domain", domain).put("reason", reason);
    }

    static String invalidCredentials() {
        return body(401, INVALID_CREDENTIALS, error("Invalid Credentials", "global", "authError")
                .put("location", "Authorization").put("locationType", "header").build(), "UNAUTHENTICATED");
    }

    static String missingCredentials() {
        return body(401, MISSING_CREDENTIALS, error("Login Required.", "global", "required")
                .put("location", "Authorization").put("locationType", "header").build(), "UNAUTHENTICATED");
    }

    static String notFound() {
        return body(404, NOT_FOUND, "global", "notFound", "NOT_FOUND");
    }

    static String invalidArgument(String message) {
        return body(400, message, "global", "invalidArgument", "INVALID_ARGUMENT");
    }

    static String forbidden(String message) {
        return body(403, message, "global", "forbidden", "PERMISSION_DENIED");
    }

    /** Google's front end answers a path no API serves with an HTML page, not JSON. */
    static String unknownPath(String path) {
        return "<!DOCTYPE html>\n<html lang=en><meta charset=utf-8><title>Error 404 (Not Found)!!1</title>"
                + "<p><b>404.</b> <ins>That's an error.</ins><p>The requested URL <code>" + path.replace("<", "&lt;")
                + "</code> was not found on this server. <ins>That's all we know.</ins>";
    }
}
