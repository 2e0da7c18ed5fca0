package example.gmail;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Tool;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Reads, sends, trashes and relabels the owner's mail through the Gmail API: the reference implementation of
 * {@code tools/gmail}.
 *
 * <p>The runtime has already checked each call's arguments against the manifest's schema and the owner's
 * permissions; this class still refuses a message id that is not one path segment, and never repeats a change
 * it completed for the same call id. Mail it reads is returned as data and never acted on. Thread-safe once
 * started.
 */
public final class GmailTool implements Tool {
    private static final List<String> ACTIONS = List.of("list_messages", "get_message", "send_message", "delete_message",
            "move_message");

    private volatile RestApi api;
    private volatile Reading reading;
    private volatile Changing changing;
    private volatile Ledger ledger;

    /** Does nothing: the context arrives in {@link #start}. */
    public GmailTool() {}

    @Override
    public void start(IntegrationContext context) {
        api = new RestApi(context.http(), context.secrets().get("GMAIL_TOKEN").placeholder());
        Caller caller = new Caller(api, context.clock(), context.random());
        reading = new Reading(caller);
        changing = new Changing(caller);
        ledger = new Ledger(context.state());
    }

    @Override
    public ToolOutcome invoke(ToolInvocation call) throws InterruptedException {
        if (!ACTIONS.contains(call.action())) {
            return new ToolOutcome.Failed("this tool has no action '" + call.action() + "'; it declares " + String.join(", ", ACTIONS));
        }
        try {
            JsonObject args = call.arguments();
            for (String name : List.of("id", "in_reply_to")) {
                Optional<String> id = args.optString(name);
                if (id.isPresent() && !id.get().matches("[A-Za-z0-9]{1,64}")) {
                    return new ToolOutcome.Failed("'" + id.get() + "' is not a Gmail message id: ids are letters and digits");
                }
            }
            return switch (call.action()) {
                case "list_messages" -> reading.list(args);
                case "get_message" -> reading.get(args.string("id"));
                case "send_message" -> once(call.id(), () -> changing.send(args));
                case "delete_message" -> once(call.id(), () -> changing.trash(args.string("id")));
                default -> once(call.id(), () -> changing.relabel(args.string("id"), args));
            };
        } catch (JsonException | ClassCastException | IllegalArgumentException e) {
            return new ToolOutcome.Failed("Gmail's answer or the arguments do not have the expected shape (" + e.getMessage() + ")");
        }
    }

    private interface Change {
        ToolOutcome run() throws InterruptedException;
    }

    /** Runs a change unless this call id already completed one, and records a completed one's result. */
    private ToolOutcome once(String callId, Change change) throws InterruptedException {
        Optional<Json> recorded = ledger.recorded(callId);
        if (recorded.isPresent()) {
            return new ToolOutcome.Done(recorded.get());
        }
        ToolOutcome outcome = change.run();
        if (outcome instanceof ToolOutcome.Done done) {
            ledger.complete(callId, done.result());
        }
        return outcome;
    }

    @Override
    public void stop() {
        RestApi current = api;
        if (current != null) {
            current.stop();
        }
    }
}
