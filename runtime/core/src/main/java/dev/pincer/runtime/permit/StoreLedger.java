package dev.pincer.runtime.permit;

import dev.pincer.runtime.policy.BudgetLedger;
import dev.pincer.runtime.store.Store;
import java.math.BigDecimal;
import java.time.Instant;

/** The budgets' charges, kept in the store's {@code budget_charges} table so that a restart forgets none. */
record StoreLedger(Store store) implements BudgetLedger {

    @Override
    public BigDecimal usedSince(String budget, Instant since) {
        return store.chargedSince(budget, since);
    }

    @Override
    public void charge(String budget, BigDecimal amount, Instant at) {
        store.charge(budget, amount, at);
    }
}
