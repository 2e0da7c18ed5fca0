package dev.pincer.runtime.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretVaultTest {

    static final String TOKEN = "123456:ABC-DEF/ghi+jkl wörld";

    private final SecretVault vault = new SecretVault(
            Map.of("TELEGRAM_BOT_TOKEN", TOKEN),
            Map.of("TELEGRAM_BOT_TOKEN", List.of("api.telegram.org"), "WEBHOOK_SECRET", List.of("api.telegram.org")));

    @Test
    void handsOutOneUnguessablePlaceholderPerSecret() {
        Secret secret = vault.secrets().get("TELEGRAM_BOT_TOKEN");

        assertEquals("TELEGRAM_BOT_TOKEN", secret.name());
        assertTrue(secret.placeholder().matches("pincer-secret-[0-9a-f]{24}"), secret.placeholder());
        assertEquals(secret, vault.secrets().get("TELEGRAM_BOT_TOKEN"));
        SecretVault another = new SecretVault(Map.of("TELEGRAM_BOT_TOKEN", TOKEN),
                Map.of("TELEGRAM_BOT_TOKEN", List.of("api.telegram.org")));
        assertNotEquals(secret.placeholder(), another.secrets().get("TELEGRAM_BOT_TOKEN").placeholder());
        assertEquals(Set.of("TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET"), vault.names());
    }

    @Test
    void explainsAnUnknownSecret() {
        IntegrationException e = assertThrows(IntegrationException.class, () -> vault.secrets().get("SLACK_TOKEN"));

        assertEquals("secret 'SLACK_TOKEN' is not named in pincer.json, which names [TELEGRAM_BOT_TOKEN, WEBHOOK_SECRET];"
                + " add it to \"secrets\" in pincer.json with the hosts it may be sent to, then set it with: "
                + "pincer secret set SLACK_TOKEN", e.getMessage());
    }

    @Test
    void explainsASecretTheOwnerHasNotSet() {
        IntegrationException e = assertThrows(IntegrationException.class, () -> vault.secrets().get("WEBHOOK_SECRET"));

        assertEquals("secret 'WEBHOOK_SECRET' is not set (pincer.json names [TELEGRAM_BOT_TOKEN, WEBHOOK_SECRET]); "
                + "set it with: pincer secret set WEBHOOK_SECRET", e.getMessage());
    }

    @Test
    void substitutesThePlaceholderForABoundHost() {
        String placeholder = vault.secrets().get("TELEGRAM_BOT_TOKEN").placeholder();

        assertEquals("/bot" + TOKEN + "/getMe", vault.substitute("/bot" + placeholder + "/getMe", "API.Telegram.org"));
        byte[] body = ("{\"token\":\"" + placeholder + "\",\"x\":\"é\"}").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(("{\"token\":\"" + TOKEN + "\",\"x\":\"é\"}").getBytes(StandardCharsets.UTF_8),
                vault.substitute(body, "api.telegram.org"));
    }

    @Test
    void refusesToSendASecretToAnotherHost() {
        String placeholder = vault.secrets().get("TELEGRAM_BOT_TOKEN").placeholder();

        EgressException e = assertThrows(EgressException.class,
                () -> vault.substitute("Bearer " + placeholder, "upload.example.org"));

        assertEquals(EgressException.Kind.REFUSED, e.kind());
        assertEquals("request to upload.example.org carries secret TELEGRAM_BOT_TOKEN, which pincer.json binds only to "
                + "[api.telegram.org]; the request was not sent", e.getMessage());
        assertThrows(EgressException.class,
                () -> vault.substitute(placeholder.getBytes(StandardCharsets.UTF_8), "upload.example.org"));
    }

    @Test
    void leavesTextWithoutItsPlaceholdersAlone() {
        String foreign = "pincer-secret-000000000000000000000000";

        assertEquals("plain " + foreign, vault.substitute("plain " + foreign, "elsewhere.example.org"));
    }

    @Test
    void redactsRawAndUrlEncodedValuesAndPlaceholders() {
        String placeholder = vault.secrets().get("TELEGRAM_BOT_TOKEN").placeholder();
        String formEncoded = "123456%3AABC-DEF%2Fghi%2Bjkl+w%C3%B6rld";
        String percentEncoded = "123456%3aABC-DEF%2fghi%2bjkl%20w%c3%b6rld";

        assertEquals("a [secret:TELEGRAM_BOT_TOKEN] b [secret:TELEGRAM_BOT_TOKEN] c [secret:TELEGRAM_BOT_TOKEN] "
                        + "d [secret:TELEGRAM_BOT_TOKEN]",
                vault.redact("a " + TOKEN + " b " + formEncoded + " c " + percentEncoded + " d " + placeholder));
        assertEquals("nothing secret", vault.redact("nothing secret"));
    }

    @Test
    void tellsWhetherTextHoldsASecretValue() {
        String placeholder = vault.secrets().get("TELEGRAM_BOT_TOKEN").placeholder();

        assertTrue(vault.containsSecret("x" + TOKEN));
        assertTrue(vault.containsSecret("123456%3AABC-DEF%2Fghi%2Bjkl+w%C3%B6rld"));
        assertFalse(vault.containsSecret("url with " + placeholder));
        assertTrue(vault.containsPlaceholder("url with " + placeholder));
        assertEquals("TELEGRAM_BOT_TOKEN", vault.nameOf(placeholder).orElseThrow());
    }

    @Test
    void rejectsAnEmptyValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SecretVault(Map.of("TOKEN", ""), Map.of("TOKEN", List.of("a.example.org"))));

        assertEquals("secret 'TOKEN' is empty; set it with: pincer secret set TOKEN", e.getMessage());
    }

    @Test
    void signsWithASecretTheIntegrationNeverSees() throws Exception {
        SecretVault signing = new SecretVault(Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"),
                Map.of("SLACK_SIGNING_SECRET", List.of()));
        byte[] message = "v0:1531420618:token=xyz".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("8f742231b10e8888abcd99yyyzzz85a5".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        assertArrayEquals(mac.doFinal(message), signing.secrets().hmacSha256("SLACK_SIGNING_SECRET", message));
        dev.pincer.spi.IntegrationException unknown = assertThrows(dev.pincer.spi.IntegrationException.class,
                () -> signing.secrets().hmacSha256("OTHER", message));
        assertTrue(unknown.getMessage().startsWith("secret 'OTHER' is not named in pincer.json"), unknown.getMessage());
    }
}
