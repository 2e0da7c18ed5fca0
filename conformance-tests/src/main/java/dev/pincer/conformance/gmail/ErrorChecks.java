package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.MISSING;
import static dev.pincer.conformance.gmail.GmailHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.gmail.GmailFault;
import dev.pincer.spi.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Google's refusals, rate limits, and changes whose outcome is unknown. */
final class ErrorChecks {
    private ErrorChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(badCredentials(), notFound(), rateLimits(), invalidArgument(), unknownOutcomes());
    }

    static Check<GmailHarness> badCredentials() {
        return Check.of("fails at once on 401 UNAUTHENTICATED, naming GMAIL_TOKEN", Set.of("GM-ERR-001", "TOOL-ERR-003", "GM-API-002"), (h, v) -> {
            h.start();
            h.fake.replaceToken("ya29.another0access0token");
            String message = h.fixtureMessage("gm-error-401");
            ToolOutcome list = h.call("list_messages", args());
            int gets = h.requests("GET").size();
            ToolOutcome send = h.call("send_message", args("to", "ada@example.com", "subject", "x", "body", "x"));
            int posts = h.requests("POST").size();
            v.expect(List.of("GM-ERR-001", "TOOL-ERR-003", "GM-API-002"), names(list, "401", message, "GMAIL_TOKEN")
                            && names(send, "401", message, "GMAIL_TOKEN") && gets == 1 && posts == 1,
                    "one request each, and Failed whose reason contains 401, Google's message and GMAIL_TOKEN",
                    () -> gets + " GETs, " + posts + " POSTs; outcomes " + list + " and " + send);
        });
    }

    static Check<GmailHarness> notFound() {
        return Check.of("fails at once on 404 NOT_FOUND with Google's message and the id", Set.of("GM-ERR-002", "TOOL-ERR-003", "GM-API-002"), (h, v) -> {
            h.start();
            String message = h.fixtureMessage("gm-error-404");
            ToolOutcome get = h.call("get_message", args("id", MISSING));
            ToolOutcome trash = h.call("delete_message", args("id", MISSING));
            ToolOutcome move = h.call("move_message", args("id", MISSING, "add_labels", List.of("STARRED")));
            int requests = h.fake.requests().size();
            v.expect(List.of("GM-ERR-002", "TOOL-ERR-003", "GM-API-002"), names(get, message, MISSING) && names(trash, message, MISSING)
                    && names(move, message, MISSING) && requests == 3,
                    "one request each, and Failed whose reason contains \"" + message + "\" and " + MISSING,
                    () -> requests + " requests; outcomes " + get + ", " + trash + ", " + move);
        });
    }

    static Check<GmailHarness> rateLimits() {
        return Check.of("tells 429 and 403 userRateLimitExceeded from a 403 for a missing scope, and returns RetryAfter for long waits",
                Set.of("GM-ERR-003", "TOOL-ERR-001", "TOOL-ERR-003"), (h, v) -> {
                    h.start();
                    h.fake.failNext("GET", GmailFault.tooManyRequests(-1));
                    ToolOutcome unnamed = h.call("list_messages", args());
                    h.fake.failNext("GET", GmailFault.userRateLimit(30));
                    ToolOutcome user = h.call("list_messages", args());
                    int gets = h.requests("GET").size();
                    v.expect(List.of("GM-ERR-003", "TOOL-ERR-001"), waits(unnamed, Duration.ofSeconds(60)) && waits(user, Duration.ofSeconds(30))
                                    && gets == 2,
                            "one request each, and RetryAfter of at least 60 s (429 without Retry-After) and 30 s (403"
                                    + " userRateLimitExceeded with Retry-After: 30)",
                            () -> gets + " requests; outcomes " + unnamed + " and " + user);
                    h.fake.failNext("POST", GmailFault.insufficientScope());
                    ToolOutcome scope = h.call("send_message", args("to", "ada@example.com", "subject", "x", "body", "x"));
                    int posts = h.requests("POST").size();
                    v.expect(List.of("GM-ERR-003", "TOOL-ERR-003"), posts == 1 && names(scope, h.fixtureMessage("gm-error-403-scope")),
                            "a 403 insufficientPermissions is a refusal: Failed with Google's message after one POST",
                            () -> posts + " POSTs; outcome " + scope);
                });
    }

    static Check<GmailHarness> invalidArgument() {
        return Check.of("fails at once on 400 INVALID_ARGUMENT with Google's message", Set.of("GM-ERR-004", "TOOL-ERR-003"), (h, v) -> {
            h.start();
            h.fake.failNext("POST", GmailFault.invalidArgument(h.fixtureMessage("gm-error-400-to")));
            ToolOutcome outcome = h.call("send_message", args("to", "ada@example.com", "subject", "x", "body", "x"));
            int posts = h.requests("POST").size();
            v.expect(List.of("GM-ERR-004", "TOOL-ERR-003"), posts == 1 && names(outcome, "Invalid To header"),
                    "one POST, and Failed whose reason contains Invalid To header", () -> posts + " POSTs; outcome " + outcome);
        });
    }

    static Check<GmailHarness> unknownOutcomes() {
        return Check.of("does not send a change again after a 503 or a dropped connection, and says the outcome is unknown",
                Set.of("GM-ERR-005", "TOOL-INV-006"), (h, v) -> {
                    String id = h.add(Seeds.LUNCH);
                    h.start();
                    h.fake.failNext("POST", GmailFault.serverError(503));
                    ToolOutcome send = h.call("send_message", args("to", "ada@example.com", "subject", "x", "body", "x"));
                    int afterSend = h.requests("POST").size();
                    h.fake.failNext("POST", new GmailFault.DropConnection());
                    ToolOutcome trash = h.call("delete_message", args("id", id));
                    int afterTrash = h.requests("POST").size() - afterSend;
                    v.expect(List.of("GM-ERR-005", "TOOL-INV-006"), afterSend == 1 && afterTrash == 1 && names(send, "503", "unknown")
                                    && names(trash, "unknown"),
                            "one POST each, and Failed whose reason names the failure (503) and contains \"unknown\"",
                            () -> afterSend + " and " + afterTrash + " POSTs; outcomes " + send + " and " + trash);
                });
    }

    private static boolean names(ToolOutcome outcome, String... parts) {
        return outcome instanceof ToolOutcome.Failed f && List.of(parts).stream().allMatch(f.reason()::contains);
    }

    private static boolean waits(ToolOutcome outcome, Duration atLeast) {
        return outcome instanceof ToolOutcome.RetryAfter r && r.delay().compareTo(atLeast) >= 0;
    }
}
