package example.spendlimit;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Denies a spend that would bring the money passed within a rolling window over the owner's limit.
 *
 * <p>Configuration: {@code limit} (a decimal above zero), {@code currency} (ISO 4217) and {@code window}
 * ({@code minute}, {@code hour}, {@code day} or {@code week}). Only spends it passed count; they are kept in the
 * context's state, so a restart keeps the total.
 */
public final class SpendLimitGuard implements Guard {
    static final String NAME = "spend-limit";

    private IntegrationContext context;
    private Settings settings;
    private Ledger ledger;

    @Override
    public void start(IntegrationContext context) {
        this.context = context;
        this.settings = Settings.read(context.config());
        this.ledger = new Ledger(context.state());
    }

    @Override
    public synchronized GuardVerdict inspect(GuardAction action) {
        if (!action.effect().equals("spend")) {
            return GuardVerdict.pass();
        }
        String limit = settings.limit().toPlainString() + " " + settings.currency() + " per " + settings.windowName();
        if (action.amount().isEmpty()) {
            return GuardVerdict.deny(NAME + ": " + action.integration() + "." + action.action()
                    + " spends an amount it does not declare; the limit of " + limit + " needs a declared amount");
        }
        BigDecimal amount = action.amount().get();
        String currency = action.currency().orElse("");
        if (!currency.equals(settings.currency())) {
            return GuardVerdict.deny(NAME + ": the spend is in " + currency + ", but the limit is " + limit
                    + "; amounts are not converted");
        }
        if (amount.signum() < 0) {
            return GuardVerdict.deny(NAME + ": the amount " + amount.toPlainString() + " " + currency
                    + " is negative; refunds are not spends");
        }
        Instant now = context.clock().now();
        BigDecimal total = ledger.totalSince(now.minus(settings.window())).add(amount);
        if (total.compareTo(settings.limit()) > 0) {
            return GuardVerdict.deny(NAME + ": " + amount.toPlainString() + " " + currency + " would bring spending in the "
                    + "last " + settings.windowName() + " to " + total.toPlainString() + " " + currency
                    + ", over the limit of " + settings.limit().toPlainString() + " " + currency);
        }
        ledger.record(now, amount, now.minus(settings.window()));
        return GuardVerdict.pass();
    }
}
