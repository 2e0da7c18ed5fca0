package dev.pincer.runtime.permit;

import dev.pincer.runtime.policy.ChatAddress;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.route.Approvals.Answer;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.route.Turns;
import dev.pincer.runtime.store.Approval;
import dev.pincer.runtime.store.ApprovalStatus;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.ToolOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests for the owner's approval: each bound to one exact action by its hash, sent to the owner's approvals chat
 * with a short code, answered once by the owner's reply there, denied by silence.
 *
 * <p>A reply counts only if the platform says the owner sent it, it arrived in the approvals chat, and its whole
 * text is {@code approve CODE} or {@code deny CODE}. Anything else that names a pending code is recorded as rejected
 * and approves nothing.
 */
final class ApprovalDesk {
    private static final String CODE_SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final Pattern ANSWER = Pattern.compile("(?i)(approve|deny)\\s+([a-z0-9]{6})");
    private static final Pattern MENTION = Pattern.compile("(?i)\\b(?:approve|deny)\\W+([a-z0-9]{6})\\b");
    private static final String LIFT_TAINT = "lift taint";

    private final Policy policy;
    private final Store store;
    private final AuditTrail audit;
    private final Clock clock;
    private final RandomGenerator random;
    private final Function<ProposedAction, Optional<String>> recheck;
    private final Taint taint;
    private volatile Router router;
    private volatile boolean reachable;

    ApprovalDesk(Policy policy, Store store, AuditTrail audit, Clock clock, RandomGenerator random,
            Function<ProposedAction, Optional<String>> recheck, Taint taint) {
        this.policy = policy;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
        this.recheck = recheck;
        this.taint = taint;
    }

    void connect(Router router, Set<String> channels) {
        this.router = router;
        this.reachable = channels.contains(policy.approvalChat().channel());
    }

    /** Whether the owner can be asked: the approvals chat is on a channel that runs. */
    boolean reachable() {
        return reachable;
    }

    /** Stores a request for {@code action}, sends it to the owner, and returns its code. */
    String ask(ProposedAction action, String reason) {
        Router to = connected();
        String canonical = ActionRecord.canonical(action);
        String hash = ActionRecord.hash(canonical);
        Instant now = clock.instant();
        Instant expires = now.plus(policy.approvalTimeout());
        TaskOrigin origin = ActionRecord.origin(action);
        String code;
        do {
            code = newCode();
        } while (!store.requestApproval(new Approval(code, hash, canonical, origin.conversation(), reason,
                ApprovalStatus.PENDING, now, expires, Optional.empty())));
        audit.approval("requested", code, hash, Map.of("action", ActionRecord.describe(action), "reason", reason,
                "expires", expires.toString()));
        ChatAddress owner = policy.approvalChat();
        to.send(owner.channel(), OutboundMessage.of("approval-request:" + code, owner.conversation(),
                "Approval needed, request " + code + "\nWhat: " + ActionRecord.describe(action) + "\nWhy: " + reason
                        + "\nAsked in " + origin.channel() + ":" + origin.conversation().conversation() + " by "
                        + taint.principal(origin) + "\nReply exactly \"approve " + code + "\" or \"deny " + code
                        + "\" here within " + Durations.words(policy.approvalTimeout()) + "; silence denies it."));
        return code;
    }

    /** What {@code message} is as an answer; see the class documentation for when it counts. */
    Answer answer(TaskOrigin origin, InboundMessage message) {
        Optional<String> text = message.text().map(String::strip);
        if (text.isEmpty() || message.id().startsWith(Turns.APPROVAL_MESSAGE_PREFIX) || Turns.isScheduled(message)) {
            return new Answer.NotAnAnswer();
        }
        if (text.get().equalsIgnoreCase(LIFT_TAINT)) {
            return liftTaint(origin);
        }
        Matcher answer = ANSWER.matcher(text.get());
        if (!answer.matches()) {
            Matcher mention = MENTION.matcher(text.get());
            while (mention.find()) {
                String code = mention.group(1).toUpperCase(Locale.ROOT);
                store.approval(code).filter(found -> found.status() == ApprovalStatus.PENDING).ifPresent(found ->
                        reject(found.code(), found.hash(), origin, "the code stands inside a longer message, which is "
                                + "not an answer"));
            }
            return new Answer.NotAnAnswer();
        }
        String code = answer.group(2).toUpperCase(Locale.ROOT);
        boolean approve = answer.group(1).equalsIgnoreCase("approve");
        Optional<Approval> found = store.approval(code);
        String hash = found.map(Approval::hash).orElse("");
        if (!taint.fromOwner(origin)) {
            return reject(code, hash, origin, "the sender is not the owner");
        }
        if (!policy.approvalChat().equals(new ChatAddress(origin.channel(), origin.conversation().conversation()))) {
            return reject(code, hash, origin, "it was not sent in the approvals chat " + policy.approvalChat());
        }
        if (found.isEmpty()) {
            return reject(code, hash, origin, "there is no request " + code);
        }
        if (found.get().status() != ApprovalStatus.PENDING) {
            return reject(code, hash, origin, "request " + code + " was " + found.get().status().name()
                    .toLowerCase(Locale.ROOT) + " already; each request is answered once");
        }
        if (!found.get().expiresAt().isAfter(clock.instant())) {
            expire();
            return reject(code, hash, origin, "request " + code + " expired at " + found.get().expiresAt());
        }
        return approve ? approve(found.get()) : deny(found.get());
    }

    /** Tells the conversation that asked how the approved tool call turned out; returns the words for the owner. */
    String ran(String code, ProposedAction.InvokeTool action, ToolOutcome outcome) {
        String result = switch (outcome) {
            case ToolOutcome.Done done -> "done: " + done.result();
            case ToolOutcome.RetryAfter retry -> "not done now, the service asked to wait " + retry.delay().toSeconds()
                    + " s: " + retry.reason();
            case ToolOutcome.Failed failed -> "failed: " + failed.reason();
        };
        tell(action.origin(), code, "The owner approved request " + code + ": " + ActionRecord.describe(action)
                + ". It ran once and is " + result);
        return "Approved " + code + ": " + action.integration() + "." + action.action() + " ran, "
                + (outcome instanceof ToolOutcome.Done ? "done." : result);
    }

    /** Expires the requests whose time is up, telling the conversations that asked; returns how many. */
    int expire() {
        int expired = 0;
        for (Approval approval : store.expireApprovals(clock.instant())) {
            audit.approval("expired", approval.code(), approval.hash(), Map.of("action", approval.action()));
            ProposedAction action = ActionRecord.parse(approval.action(), approval.hash());
            if (action instanceof ProposedAction.InvokeTool) {
                tell(ActionRecord.origin(action), approval.code(), "The owner did not answer request "
                        + approval.code() + " in time, so it was denied: " + ActionRecord.describe(action)
                        + " was not done.");
            }
            expired++;
        }
        return expired;
    }

    private Answer approve(Approval approval) {
        if (!store.decideApproval(approval.code(), ApprovalStatus.APPROVED, clock.instant())) {
            return new Answer.Reply("Request " + approval.code() + " was answered already; nothing more was done.");
        }
        ProposedAction action;
        try {
            action = ActionRecord.parse(approval.action(), approval.hash());
        } catch (RuntimeException e) {
            audit.approval("rejected", approval.code(), approval.hash(), Map.of("why", String.valueOf(e.getMessage())));
            return new Answer.Reply("Request " + approval.code() + " cannot be carried out: " + e.getMessage());
        }
        Optional<String> refused = recheck.apply(action);
        audit.approval("granted", approval.code(), approval.hash(), Map.of("action", ActionRecord.describe(action),
                "outcome", refused.map(why -> "refused now: " + why).orElse("goes ahead")));
        if (refused.isPresent()) {
            tell(ActionRecord.origin(action), approval.code(), "The owner approved request " + approval.code()
                    + ", but it is refused now: " + refused.get() + "; " + ActionRecord.describe(action) + " was not done.");
            return new Answer.Reply("Approved " + approval.code() + ", but it is refused now: " + refused.get());
        }
        return switch (action) {
            case ProposedAction.InvokeTool tool -> new Answer.RunTool(approval.code(), tool);
            case ProposedAction.SendMessage send -> {
                connected().send(send.integration(), send.message());
                yield new Answer.Reply("Approved " + approval.code() + ": the reply goes to " + send.integration() + ":"
                        + send.message().conversation() + ".");
            }
        };
    }

    private Answer deny(Approval approval) {
        if (!store.decideApproval(approval.code(), ApprovalStatus.DENIED, clock.instant())) {
            return new Answer.Reply("Request " + approval.code() + " was answered already; nothing more was done.");
        }
        ProposedAction action = ActionRecord.parse(approval.action(), approval.hash());
        audit.approval("denied", approval.code(), approval.hash(), Map.of("action", ActionRecord.describe(action)));
        if (action instanceof ProposedAction.InvokeTool) {
            tell(ActionRecord.origin(action), approval.code(), "The owner denied request " + approval.code() + ": "
                    + ActionRecord.describe(action) + " was not done.");
        }
        return new Answer.Reply("Denied " + approval.code() + ": " + ActionRecord.describe(action) + " was not done.");
    }

    private Answer reject(String code, String hash, TaskOrigin origin, String why) {
        audit.approval("rejected", code, hash, Map.of("from", origin.channel() + ":" + origin.sender(),
                "chat", origin.channel() + ":" + origin.conversation().conversation(), "why", why));
        return new Answer.Reply("That does not answer an approval request (" + why + "); nothing was approved.");
    }

    private Answer liftTaint(TaskOrigin origin) {
        if (!taint.fromOwner(origin)) {
            return new Answer.Reply("Only the owner can lift the taint of a conversation; nothing changed.");
        }
        return new Answer.Reply(taint.lift(origin.conversation(), origin.channel() + ":" + origin.sender())
                ? "This conversation is trusted again: actions that change or send things no longer need approval "
                        + "just because it read outside content."
                : "This conversation was not tainted.");
    }

    /** Delivers the outcome of a request into the conversation that asked, as a message of the runtime's. */
    private void tell(TaskOrigin origin, String code, String text) {
        Instant now = clock.instant();
        String id = Turns.APPROVAL_MESSAGE_PREFIX + code + ":" + now.toEpochMilli();
        connected().runtimeInboxFor(origin.channel()).deliver(new InboundMessage(id, origin.conversation().conversation(), id,
                new Sender(origin.sender(), "Pincer approvals", false), now, new Content.Text("[approval " + code + "] "
                        + text)));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_SYMBOLS.charAt(random.nextInt(CODE_SYMBOLS.length())));
        }
        return code.toString();
    }

    private Router connected() {
        Router connected = router;
        if (connected == null) {
            throw new IllegalStateException("approvals are not connected to a router yet; call Permissions.connect");
        }
        return connected;
    }
}
