package dev.pincer.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.spi.json.Json;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardValuesTest {

    @Test
    void aReplyCarriesItsTextAsArgumentAndResourceOfItsChat() {
        GuardAction reply = GuardAction.reply("telegram", "-100", "hello", "owner", false);
        assertEquals(GuardAction.Kind.REPLY, reply.kind());
        assertEquals("reply", reply.action());
        assertEquals("send", reply.effect());
        assertEquals("chat:telegram:-100", reply.resource());
        assertEquals("telegram:-100", reply.chat());
        assertEquals(Optional.of("hello"), reply.text());
        assertEquals("hello", reply.arguments().string("text"));
    }

    @Test
    void aReplyWithoutTextOrWithAnotherEffectIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GuardAction(
                GuardAction.Kind.REPLY, "telegram", "reply", "write", "chat:telegram:1", Json.object().build(),
                Optional.of("x"), Optional.empty(), Optional.empty(), "owner", "telegram:1", false));
        assertEquals("a REPLY has action \"reply\", effect \"send\" and its text, was action \"reply\", effect \"write\", "
                + "text present", e.getMessage());
    }

    @Test
    void effectsAreTheManifestsFive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GuardAction.tool("shop", "buy",
                "modify", "shop.cart:1", Json.object().build(), "owner", "", false));
        assertEquals("effect must be one of [read, write, delete, send, spend], was \"modify\"", e.getMessage());
    }

    @Test
    void amountAndCurrencyComeTogetherAndTheCurrencyIsAnIsoCode() {
        GuardAction buy = GuardAction.tool("shop", "buy", "spend", "shop.cart:1", Json.object().build(), "owner", "", false)
                .withAmount(new BigDecimal("12.50"), "EUR");
        assertEquals(Optional.of(new BigDecimal("12.50")), buy.amount());
        assertEquals(Optional.of("EUR"), buy.currency());
        assertThrows(IllegalArgumentException.class, () -> buy.withAmount(BigDecimal.ONE, "eur"));
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class, () -> new GuardAction(
                GuardAction.Kind.TOOL, "shop", "buy", "spend", "shop.cart:1", Json.object().build(), Optional.empty(),
                Optional.of(BigDecimal.ONE), Optional.empty(), "owner", "", false));
        assertEquals("amount and currency are both present or both absent", alone.getMessage());
    }

    @Test
    void verdictsOtherThanPassNeedAReason() {
        assertInstanceOf(GuardVerdict.Pass.class, GuardVerdict.pass());
        assertEquals(new GuardVerdict.Ask("over 50 replies per hour"), GuardVerdict.ask("over 50 replies per hour"));
        assertEquals("reason must not be blank", assertThrows(IllegalArgumentException.class,
                () -> GuardVerdict.deny(" ")).getMessage());
        assertThrows(NullPointerException.class, () -> GuardVerdict.ask(null));
    }
}
