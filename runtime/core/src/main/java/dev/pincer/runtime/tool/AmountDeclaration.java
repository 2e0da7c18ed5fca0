package dev.pincer.runtime.tool;

import java.util.Objects;

/**
 * What a spend action costs, as its manifest declares it (MAN-009): the argument that holds the amount, and the
 * currency.
 *
 * @param argument the name of a required argument of type number or integer
 * @param currency the ISO 4217 code, three upper-case letters such as {@code USD}
 */
public record AmountDeclaration(String argument, String currency) {

    /**
     * Checks the currency's form; {@link ActionDeclaration} checks the argument against the schema.
     *
     * @throws ActionDeclarationException naming {@code amount.currency} if it is not three upper-case letters
     */
    public AmountDeclaration {
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(currency, "currency");
        if (!Amount.isCurrency(currency)) {
            throw new ActionDeclarationException("amount.currency", Json.quote(currency) + " is not a currency code",
                    "write the ISO 4217 code in three upper-case letters, such as \"USD\" or \"EUR\"");
        }
    }
}
