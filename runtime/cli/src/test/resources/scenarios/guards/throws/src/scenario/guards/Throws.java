package scenario.guards;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;

/** A test-only guard that throws on every tool call: the runtime must count that as a denial. */
public final class Throws implements Guard {
    @Override
    public void start(IntegrationContext context) {}

    @Override
    public GuardVerdict inspect(GuardAction action) {
        if (action.kind() == GuardAction.Kind.TOOL) {
            throw new IllegalStateException("the guard broke while inspecting " + action.action());
        }
        return GuardVerdict.pass();
    }
}
