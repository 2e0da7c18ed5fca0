package dev.pincer.runtime.permit;

import dev.pincer.runtime.policy.ChatAddress;
import dev.pincer.runtime.policy.PolicyRequest;
import dev.pincer.runtime.policy.Principal;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.tool.Amount;
import dev.pincer.spi.GuardAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A proposed action as the policy, the guards and the audit log each see it. */
final class Requests {

    /** The three views of one proposed action. */
    record Proposed(PolicyRequest request, GuardAction guardAction, Map<String, String> auditData) {}

    private Requests() {}

    static Proposed of(ProposedAction action, Principal principal, boolean tainted,
            Function<ProposedAction.InvokeTool, Optional<Amount>> prices) {
        ChatAddress chat = new ChatAddress(ActionRecord.origin(action).channel(),
                ActionRecord.origin(action).conversation().conversation());
        Map<String, String> audit = new LinkedHashMap<>();
        return switch (action) {
            case ProposedAction.InvokeTool tool -> {
                Optional<Amount> amount = prices.apply(tool);
                PolicyRequest request = PolicyRequest.tool(tool.integration(), tool.action(), tool.effect(),
                        tool.resource(), principal, Optional.of(chat), tainted);
                GuardAction guarded = GuardAction.tool(tool.integration(), tool.action(), tool.effect().wireName(),
                        tool.resource(), tool.arguments(), principal.toString(), chat.toString(), tainted);
                if (amount.isPresent()) {
                    request = request.withAmount(amount.get());
                    guarded = guarded.withAmount(amount.get().value(), amount.get().currency());
                }
                audit.put("kind", "tool");
                audit.put("integration", tool.integration());
                audit.put("action", tool.action());
                audit.put("effect", tool.effect().wireName());
                audit.put("resource", tool.resource());
                audit.put("arguments", tool.arguments().toString());
                amount.ifPresent(value -> audit.put("amount", value.value().toPlainString() + " " + value.currency()));
                yield new Proposed(request, guarded, common(audit, principal, chat, tainted));
            }
            case ProposedAction.SendMessage send -> {
                ChatAddress to = new ChatAddress(send.integration(), send.message().conversation());
                audit.put("kind", "reply");
                audit.put("integration", send.integration());
                audit.put("action", "reply");
                audit.put("effect", "send");
                audit.put("resource", "chat:" + to);
                audit.put("message", send.message().id());
                yield new Proposed(PolicyRequest.reply(to, principal, tainted),
                        GuardAction.reply(to.channel(), to.conversation(), send.message().text(), principal.toString(),
                                tainted),
                        common(audit, principal, chat, tainted));
            }
        };
    }

    private static Map<String, String> common(Map<String, String> audit, Principal principal, ChatAddress chat,
            boolean tainted) {
        audit.put("principal", principal.toString());
        audit.put("chat", chat.toString());
        audit.put("tainted", Boolean.toString(tainted));
        return Map.copyOf(audit);
    }
}
