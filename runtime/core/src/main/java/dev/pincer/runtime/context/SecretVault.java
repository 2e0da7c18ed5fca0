package dev.pincer.runtime.context;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Secret;
import dev.pincer.spi.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds an integration's secret values and hands the integration only placeholders for them.
 *
 * <p>Each secret the manifest names gets one unguessable placeholder per vault,
 * {@code pincer-secret-} and 24 lower-case hex digits. The egress layer swaps placeholders for values
 * only in requests to the hosts the secret is bound to; logs and messages go through {@link #redact}.
 * Immutable and thread-safe.
 */
public final class SecretVault {

    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, List<String>> bindings;
    private final Map<String, String> values;
    private final Map<String, String> placeholders;
    private final Map<String, String> namesByPlaceholder;
    private final SecretRedactor redactor;

    /**
     * A vault for the secrets a manifest names.
     *
     * @param values secret names to raw values; names the manifest binds but the owner has not set are
     *     simply absent; values must not be empty
     * @param bindings secret names to the hosts each may be sent to, as the manifest declares them
     */
    public SecretVault(Map<String, String> values, Map<String, List<String>> bindings) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(bindings, "bindings");
        Map<String, List<String>> bound = new TreeMap<>();
        bindings.forEach((name, hosts) -> bound.put(Objects.requireNonNull(name, "secret name"),
                hosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList()));
        this.bindings = Collections.unmodifiableMap(bound);
        values.forEach((name, value) -> {
            if (Objects.requireNonNull(value, "value of secret " + name).isEmpty()) {
                throw new IllegalArgumentException("secret '" + name + "' is empty; set it with: pincer secret set "
                        + name);
            }
        });
        this.values = Map.copyOf(values);
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, String> byPlaceholder = new LinkedHashMap<>();
        HexFormat hex = HexFormat.of();
        for (String name : bound.keySet()) {
            byte[] random = new byte[12];
            RANDOM.nextBytes(random);
            String placeholder = "pincer-secret-" + hex.formatHex(random);
            byName.put(name, placeholder);
            byPlaceholder.put(placeholder, name);
        }
        this.placeholders = Collections.unmodifiableMap(byName);
        this.namesByPlaceholder = Collections.unmodifiableMap(byPlaceholder);
        this.redactor = new SecretRedactor(this.values, this.placeholders);
    }

    /** The secrets as the SPI hands them to the integration: placeholders only. */
    public Secrets secrets() {
        return new Secrets() {
            @Override
            public Secret get(String name) {
                return secret(name);
            }

            @Override
            public byte[] hmacSha256(String name, byte[] message) {
                return hmac(name, message);
            }
        };
    }

    private byte[] hmac(String name, byte[] message) {
        Objects.requireNonNull(message, "message");
        secret(name); // the same checks and messages as for a placeholder
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(values.get(name).getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute HMAC-SHA256: " + e.getMessage(), e);
        }
    }

    private Secret secret(String name) {
        Objects.requireNonNull(name, "name");
        if (!bindings.containsKey(name)) {
            throw new IntegrationException("secret '" + name + "' is not named in pincer.json, which names "
                    + names() + "; add it to \"secrets\" in pincer.json with the hosts it may be sent to, "
                    + "then set it with: pincer secret set " + name);
        }
        if (!values.containsKey(name)) {
            throw new IntegrationException("secret '" + name + "' is not set (pincer.json names " + names()
                    + "); set it with: pincer secret set " + name);
        }
        return new Secret(name, placeholders.get(name));
    }

    /** The names of the secrets the manifest binds, sorted. */
    public Set<String> names() {
        return bindings.keySet();
    }

    /**
     * Replaces each placeholder in {@code text} with its secret's value, for a request to {@code host}.
     *
     * @throws EgressException of kind {@link EgressException.Kind#REFUSED} if a placeholder stands for a
     *     secret that is not bound to {@code host} or not set; the message names the secret, never its value
     */
    public String substitute(String text, String host) {
        Objects.requireNonNull(text, "text");
        String target = Objects.requireNonNull(host, "host").toLowerCase(Locale.ROOT);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = namesByPlaceholder.get(matcher.group());
            String replacement = name == null ? matcher.group() : valueFor(name, target);
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(result).toString();
    }

    /** Like {@link #substitute(String, String)}, for bytes: values are inserted as UTF-8. */
    public byte[] substitute(byte[] data, String host) {
        Objects.requireNonNull(data, "data");
        String latin1 = new String(data, StandardCharsets.ISO_8859_1);
        if (!latin1.contains("pincer-secret-")) {
            return data.clone();
        }
        Matcher matcher = PLACEHOLDER.matcher(latin1);
        StringBuilder result = new StringBuilder(latin1.length());
        String target = Objects.requireNonNull(host, "host").toLowerCase(Locale.ROOT);
        while (matcher.find()) {
            String name = namesByPlaceholder.get(matcher.group());
            String replacement = name == null ? matcher.group()
                    : new String(valueFor(name, target).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(result).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private String valueFor(String name, String host) {
        List<String> hosts = bindings.get(name);
        if (!hosts.contains(host)) {
            throw new EgressException(EgressException.Kind.REFUSED, "request to " + host + " carries secret " + name
                    + ", which pincer.json binds only to " + hosts + "; the request was not sent");
        }
        String value = values.get(name);
        if (value == null) {
            throw new EgressException(EgressException.Kind.REFUSED, "request to " + host + " carries secret " + name
                    + ", which is not set; set it with: pincer secret set " + name + "; the request was not sent");
        }
        return value;
    }

    /** Replaces every secret value (raw and URL-encoded) and every placeholder in {@code text} by {@code [secret:NAME]}. */
    public String redact(String text) {
        return redactor.redact(Objects.requireNonNull(text, "text"));
    }

    /** True if {@code text} holds a secret's value, raw or URL-encoded; placeholders do not count. */
    public boolean containsSecret(String text) {
        return redactor.containsValue(Objects.requireNonNull(text, "text"));
    }

    /** True if {@code text} holds one of this vault's placeholders. */
    public boolean containsPlaceholder(String text) {
        Objects.requireNonNull(text, "text");
        return namesByPlaceholder.keySet().stream().anyMatch(text::contains);
    }

    /** The name of the secret a placeholder stands for, if it is one of this vault's. */
    public Optional<String> nameOf(String placeholder) {
        return Optional.ofNullable(namesByPlaceholder.get(placeholder));
    }

    @Override
    public String toString() {
        return "SecretVault" + names();
    }
}
