package benign.big_decimal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

public record Money(BigDecimal amount, String currency) {
    public Money {
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currencies differ: " + currency + " and " + other.currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public String format() {
        return NumberFormat.getNumberInstance(Locale.ROOT).format(amount) + " " + currency + " " + BigInteger.TEN.pow(2);
    }
}
