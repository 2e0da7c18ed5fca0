package dev.pincer.runtime.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What to record in the {@link BudgetLedger} if a decided action goes ahead.
 *
 * @param budget the budget's name
 * @param amount 1 for a counting budget; the action's amount for a money budget
 */
public record Charge(String budget, BigDecimal amount) {
    /** Rejects nulls. */
    public Charge {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(amount, "amount");
    }
}
