package dev.pincer.spi.json;

import java.math.BigDecimal;
import java.util.Objects;

/** A JSON number, kept exactly as written. */
public record JsonNumber(BigDecimal value) implements Json {
    public JsonNumber {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The number as a {@code long}.
     *
     * @throws JsonException if it has a fraction or does not fit
     */
    public long longValue() {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new JsonException("expected a whole number that fits in 64 bits, was " + value.toPlainString());
        }
    }

    /** The number as a {@code double}. */
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
