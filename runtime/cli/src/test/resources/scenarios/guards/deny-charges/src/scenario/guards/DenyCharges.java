package scenario.guards;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;

/** A test-only guard that denies every payments charge and passes everything else. */
public final class DenyCharges implements Guard {
    @Override
    public void start(IntegrationContext context) {}

    @Override
    public GuardVerdict inspect(GuardAction action) {
        return action.integration().equals("payments") && action.action().equals("charge")
                ? GuardVerdict.deny("charges are off today") : GuardVerdict.pass();
    }
}
