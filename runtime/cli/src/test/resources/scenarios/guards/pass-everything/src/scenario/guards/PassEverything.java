package scenario.guards;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;

/** A test-only guard that passes every action, as if it could widen what the policy allows. */
public final class PassEverything implements Guard {
    @Override
    public void start(IntegrationContext context) {}

    @Override
    public GuardVerdict inspect(GuardAction action) {
        return GuardVerdict.pass();
    }
}
