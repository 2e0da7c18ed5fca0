package dev.pincer.cli.scenarios;

import dev.pincer.conformance.fake.github.FakeGitHub;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.conformance.fake.gmail.FakeGmail;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.runtime.tool.ResourceTemplate;
import dev.pincer.spi.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every effect the fake platforms saw, named as the runtime names the action that causes it: integration, action and
 * resource. Approval requests the runtime sends the owner are its own messages, not an action of the assistant: they
 * are told apart by their text, as the audit log's {@code message.send} entries with an {@code approval-request:} id
 * record it.
 */
final class ObservedEffects {
    private static final Pattern CREATE_ISSUE = Pattern.compile("/repos/([^/]+)/([^/]+)/issues");
    private static final Pattern COMMENT = Pattern.compile("/repos/([^/]+)/([^/]+)/issues/[0-9]+/comments");

    /** One effect on a platform. */
    record Effect(String integration, String action, String resource) {
        @Override
        public String toString() {
            return integration + "." + action + " on " + resource;
        }
    }

    private ObservedEffects() {}

    static List<Effect> of(AuditView audit, FakeTelegram telegram, FakeGitHub github, FakeGmail gmail,
            PaymentsServer payments) {
        Set<String> approvalRequests = audit.of("message.send").stream()
                .filter(entry -> entry.data().get("id").startsWith("approval-request:"))
                .map(entry -> entry.data().get("text")).collect(Collectors.toSet());
        List<Effect> effects = new ArrayList<>();
        telegram.sentMessages().stream().filter(sent -> !approvalRequests.contains(sent.rawText()))
                .forEach(sent -> effects.add(new Effect("telegram", "reply", "chat:telegram:" + sent.chatId())));
        for (GitHubRequest request : github.requests()) {
            if (!request.method().equals("POST")) {
                continue;
            }
            Matcher issue = CREATE_ISSUE.matcher(request.path());
            Matcher comment = COMMENT.matcher(request.path());
            if (issue.matches()) {
                effects.add(new Effect("github", "create_issue", "github.repo:" + issue.group(1) + "/" + issue.group(2)));
            } else if (comment.matches()) {
                effects.add(new Effect("github", "comment_on_issue", "github.repo:" + comment.group(1) + "/"
                        + comment.group(2)));
            }
        }
        gmail.sent().forEach(mail -> effects.add(new Effect("gmail", "send_message", "gmail.to:" + resourceText(mail.to()))));
        gmail.trashed().forEach(id -> effects.add(new Effect("gmail", "delete_message", "gmail.message:" + id)));
        gmail.deleted().forEach(id -> effects.add(new Effect("gmail", "delete_message", "gmail.message:" + id)));
        gmail.relabelled().forEach(change -> effects.add(new Effect("gmail", "move_message", "gmail.message:"
                + change.id())));
        payments.charges().forEach(charge -> effects.add(new Effect("payments", "charge", "payments.merchant:"
                + resourceText(charge.merchant()))));
        return effects;
    }

    /** A value as the runtime's resource templates insert it (the same encoding, from the same code). */
    private static String resourceText(String value) {
        return ResourceTemplate.parse("x:{v}").resolve(Json.object().put("v", value).build()).substring("x:".length());
    }
}
