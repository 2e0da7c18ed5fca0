package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolHarness;
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Message ids that would leave the message's path, and the path invariant verified after every check. */
final class SecurityChecks {
    private static final List<String> ESCAPES = List.of("..", "a/b", "a%2Fb", "18c2f?format=raw");

    private SecurityChecks() {}

    static Check<GmailHarness> schemasKeepIdsInThePath() {
        return Check.of("the schemas refuse '..', 'a/b' and 'a%2Fb' as message ids", Set.of("GM-SEC-002", "TOOL-SEC-004"), (h, v) -> {
            List<String> accepted = new ArrayList<>();
            for (String action : List.of("get_message", "delete_message", "move_message", "send_message")) {
                Optional<ActionDeclaration> declared = h.manifest().action(action);
                String argument = action.equals("send_message") ? "in_reply_to" : "id";
                for (String escape : ESCAPES) {
                    JsonObject call = action.equals("send_message")
                            ? args("to", "ada@example.com", "subject", "x", "body", "x", argument, escape) : args(argument, escape);
                    if (declared.isPresent() && declared.get().argumentProblems(call).isEmpty()) {
                        accepted.add(action + "." + argument + " = " + escape);
                    }
                }
            }
            v.expect(List.of("GM-SEC-002", "TOOL-SEC-004"), accepted.isEmpty(),
                    "the schemas of id and in_reply_to admit only letters and digits", () -> "the schemas accept " + accepted);
        });
    }

    /**
     * After every check: each request of a call is one the action table lists for its action, under
     * {@code /gmail/v1/users/me/messages}, naming the call's own message.
     */
    static Check<GmailHarness> requestsStayWithTheirMessage() {
        return Check.of("invariant: every request of a call is one the profile lists for its action, naming the call's message",
                Set.of("GM-SEC-002", "TOOL-INV-001"), (h, v) -> {
                    List<String> outside = h.calls().stream().filter(c -> h.manifest().action(c.invocation().action()).isPresent())
                            .flatMap(c -> c.requests().stream().filter(r -> !listed(c, r.method(), r.uri().getRawPath()))
                                    .map(r -> c.invocation().action() + " " + c.invocation().arguments() + ": " + r.method() + " "
                                            + r.uri().getRawPath()))
                            .toList();
                    v.expect(List.of("GM-SEC-002", "TOOL-INV-001"), outside.isEmpty(),
                            "only the requests of the action table, each under /gmail/v1/users/me/messages and naming the call's message",
                            () -> String.join("; ", outside));
                });
    }

    private static boolean listed(ToolHarness.Call call, String method, String path) {
        JsonObject args = call.invocation().arguments();
        String messages = GmailHarness.MAILBOX + "messages";
        String id = messages + "/" + args.optString("id").orElse("\u0000");
        return switch (call.invocation().action()) {
            case "list_messages" -> method.equals("GET") && (path.equals(messages) || path.matches(messages + "/[A-Za-z0-9]+"));
            case "get_message" -> method.equals("GET") && path.equals(id);
            case "send_message" -> (method.equals("POST") && path.equals(messages + "/send"))
                    || (method.equals("GET") && path.equals(messages + "/" + args.optString("in_reply_to").orElse("\u0000")));
            case "delete_message" -> method.equals("POST") && path.equals(id + "/trash");
            case "move_message" -> method.equals("POST") && path.equals(id + "/modify");
            default -> false;
        };
    }
}
