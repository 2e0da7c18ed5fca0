package dev.pincer.runtime.permit;

import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.route.SendRecorder;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.OutboxEntry;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit log entries of the permissions, one method per kind of entry; each returns once its entry is on disk.
 *
 * <p>Kinds: {@code decision}, {@code tool.call}, {@code tool.result}, {@code message.send}, {@code message.sent},
 * {@code message.failed}, {@code egress}, {@code approval.requested|granted|denied|expired|rejected}, {@code taint},
 * {@code taint.lifted}.
 */
final class AuditTrail implements SendRecorder {
    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    void decision(Map<String, String> request, String outcome, String rule, String reason) {
        Map<String, String> data = new LinkedHashMap<>(request);
        data.put("outcome", outcome);
        data.put("rule", rule);
        data.put("reason", reason);
        log.append("decision", data);
    }

    void toolCall(String integration, String action, String invocation, String resource) {
        log.append("tool.call", Map.of("integration", integration, "action", action, "invocation", invocation,
                "resource", resource));
    }

    void toolResult(String integration, String action, String invocation, ToolOutcome outcome) {
        String result = switch (outcome) {
            case ToolOutcome.Done done -> "done";
            case ToolOutcome.RetryAfter retry -> "retry after " + retry.delay().toSeconds() + " s: " + retry.reason();
            case ToolOutcome.Failed failed -> "failed: " + failed.reason();
        };
        log.append("tool.result", Map.of("integration", integration, "action", action, "invocation", invocation,
                "outcome", result));
    }

    void egress(String integration, String method, String host, String path, String outcome, String rule) {
        log.append("egress", Map.of("integration", integration, "method", method, "host", host, "path", path,
                "outcome", outcome, "rule", rule));
    }

    void approval(String event, String code, String hash, Map<String, String> details) {
        Map<String, String> data = new LinkedHashMap<>(details);
        data.put("code", code);
        data.put("hash", hash);
        log.append("approval." + event, data);
    }

    void taint(ConversationRef conversation, String source) {
        log.append("taint", Map.of("conversation", conversation.integration() + ":" + conversation.conversation(),
                "source", source));
    }

    void taintLifted(ConversationRef conversation, String by) {
        log.append("taint.lifted", Map.of("conversation", conversation.integration() + ":"
                + conversation.conversation(), "by", by));
    }

    @Override
    public void sending(OutboxEntry entry) {
        log.append("message.send", Map.of("integration", entry.integration(), "id", entry.message().id(),
                "conversation", entry.message().conversation(), "text", entry.message().text(),
                "attempt", Integer.toString(entry.attempts() + 1)));
    }

    @Override
    public void sent(OutboxEntry entry, SendResult result) {
        switch (result) {
            case SendResult.Delivered delivered -> log.append("message.sent", Map.of("integration", entry.integration(),
                    "id", entry.message().id(), "platformIds", String.join(",", delivered.platformMessageIds())));
            case SendResult.RetryLater retry -> log.append("message.failed", Map.of("integration", entry.integration(),
                    "id", entry.message().id(), "reason", retry.reason(), "retry", "after " + retry.delay()));
            case SendResult.Failed failed -> log.append("message.failed", Map.of("integration", entry.integration(),
                    "id", entry.message().id(), "reason", failed.reason(), "retry", "no"));
        }
    }
}
