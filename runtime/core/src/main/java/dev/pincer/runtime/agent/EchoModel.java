package dev.pincer.runtime.agent;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.util.List;

/**
 * The model used when the owner has configured none: it repeats the owner's last message and says how to
 * configure a real one. Not an AI; it lets a newcomer see the whole path work without any account.
 */
public final class EchoModel implements Model {

    /** How the local chat and {@code pincer run} name this model. */
    public static final String DESCRIPTION = "the built-in echo model, which is not an AI: it repeats what you write. "
            + "To talk to a real model, add a 'model:' section to pincer.yaml — see README, 'Models'";

    @Override
    public void start(IntegrationContext context) {}

    @Override
    public ModelResult complete(ModelRequest request) {
        String last = "";
        for (ModelMessage message : request.messages()) {
            if (message instanceof ModelMessage.User user) {
                last = user.text();
            }
        }
        String text = "You said: " + last;
        if (request.messages().size() == 1) {
            text += "\n\n(I am " + DESCRIPTION + ".)";
        }
        return new ModelResult.Reply(text, List.of(), ModelResult.StopReason.END_TURN,
                new ModelResult.Usage(0, 0));
    }

    @Override
    public void stop() {}
}
