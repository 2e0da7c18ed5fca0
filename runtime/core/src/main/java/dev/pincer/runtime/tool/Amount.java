package dev.pincer.runtime.tool;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money: what a spend action costs, or a budget's limit.
 *
 * <p>It lives beside {@link ActionDeclaration}, which computes it from a call's arguments; the owner's policy
 * ({@code dev.pincer.runtime.policy}) counts it against budgets.
 *
 * @param value how much, zero or more
 * @param currency the ISO 4217 code, three upper-case letters such as {@code USD}
 */
public record Amount(BigDecimal value, String currency) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern TEXT = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?) ([A-Z]{3})");

    /**
     * Checks both parts.
     *
     * @throws IllegalArgumentException if the value is negative or the currency is not three upper-case letters
     */
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an amount is zero or more, was " + value.toPlainString());
        }
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("a currency is an ISO 4217 code of three upper-case letters such as USD, was \""
                    + currency + "\"");
        }
    }

    /**
     * Reads {@code "<number> <CURRENCY>"}, such as {@code "12.50 EUR"}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Amount parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an amount; write a number, a space and a currency,"
                    + " such as \"20 USD\" or \"12.50 EUR\"");
        }
        return new Amount(new BigDecimal(m.group(1)), m.group(2));
    }

    /** True if {@code code} has the form of an ISO 4217 currency code: three upper-case letters. */
    public static boolean isCurrency(String code) {
        return code != null && CURRENCY.matcher(code).matches();
    }

    /** The amount as {@link #parse} reads it: {@code 12.50 EUR}. */
    @Override
    public String toString() {
        return value.toPlainString() + " " + currency;
    }
}
