package dev.pincer.runtime.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void readsANumberAndACurrency() {
        assertEquals(new Amount(new BigDecimal("12.50"), "EUR"), Amount.parse("12.50 EUR"));
        assertEquals("20 USD", Amount.parse("20 USD").toString());
    }

    @Test
    void refusesOtherTextSayingWhatToWrite() {
        assertEquals("\"20 dollars\" is not an amount; write a number, a space and a currency, such as \"20 USD\" or "
                + "\"12.50 EUR\"", assertThrows(IllegalArgumentException.class, () -> Amount.parse("20 dollars")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Amount.parse("-1 USD"));
        assertThrows(IllegalArgumentException.class, () -> Amount.parse("1 usd"));
    }

    @Test
    void anAmountIsNotNegativeAndItsCurrencyIsThreeUpperCaseLetters() {
        assertEquals("an amount is zero or more, was -1", assertThrows(IllegalArgumentException.class,
                () -> new Amount(BigDecimal.ONE.negate(), "USD")).getMessage());
        assertEquals("a currency is an ISO 4217 code of three upper-case letters such as USD, was \"US\"",
                assertThrows(IllegalArgumentException.class, () -> new Amount(BigDecimal.ONE, "US")).getMessage());
    }
}
