package scenario.guards;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;

/** A test-only guard that wants the owner asked before any tool call that sends. */
public final class AskSends implements Guard {
    @Override
    public void start(IntegrationContext context) {}

    @Override
    public GuardVerdict inspect(GuardAction action) {
        return action.kind() == GuardAction.Kind.TOOL && action.effect().equals("send")
                ? GuardVerdict.ask("sending needs a second look") : GuardVerdict.pass();
    }
}
