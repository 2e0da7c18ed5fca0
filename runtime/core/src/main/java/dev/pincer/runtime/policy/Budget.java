package dev.pincer.runtime.policy;

import dev.pincer.runtime.tool.Effect;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A budget: a limit on what matching actions may use in a rolling window ending now.
 *
 * @param name its name, {@code [a-z0-9-]+}
 * @param limit the most that may be used in the window
 * @param currency the currency of a money budget; empty for a budget that counts actions
 * @param per the window's name: minute, hour, day or week
 * @param window the window's length
 * @param on the patterns of the actions it counts
 * @param audience whom it counts: {@code for}, default anyone
 */
record Budget(String name, BigDecimal limit, Optional<String> currency, String per, Duration window,
        List<ActionPattern> on, Audience audience) {

    Budget {
        on = List.copyOf(on);
    }

    /** True if the budget counts this request: an {@code on} pattern matches and the principal is in its audience. */
    boolean counts(PolicyRequest request) {
        if (!audience.admits(request.principal(), Optional.empty())) {
            return false;
        }
        for (ActionPattern pattern : on) {
            if (pattern.matches(request)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What this request uses of the budget: 1 for a counting budget; for a money budget the amount when its currency
     * is this budget's, zero when it is another, and empty (unknown) for a spend without a declared amount.
     */
    Optional<BigDecimal> use(PolicyRequest request) {
        if (currency.isEmpty()) {
            return Optional.of(BigDecimal.ONE);
        }
        if (request.amount().isPresent()) {
            return Optional.of(request.amount().get().currency().equals(currency.get())
                    ? request.amount().get().value() : BigDecimal.ZERO);
        }
        return request.effect().filter(e -> e == Effect.SPEND).isPresent()
                ? Optional.empty() : Optional.of(BigDecimal.ZERO);
    }

    /** An amount of this budget for messages: {@code 20 USD}, {@code 1 action} or {@code 50 actions}. */
    String shown(BigDecimal value) {
        String number = value.stripTrailingZeros().toPlainString();
        return number + currency.map(c -> " " + c).orElse(number.equals("1") ? " action" : " actions");
    }
}
