package dev.pincer.spi;

import java.util.Objects;

/**
 * A secret the integration may use but never see.
 *
 * <p>Put {@link #placeholder()} where the secret belongs in an HTTP request (URL path, header or
 * body). The runtime substitutes the real value only in requests to the hosts the manifest binds the
 * secret to, and refuses any other request that carries it. Never log, store or send the placeholder
 * anywhere else: it stands for the secret.
 *
 * @param name the secret's name in the manifest
 * @param placeholder an opaque token the egress layer recognises
 */
public record Secret(String name, String placeholder) {
    public Secret {
        Checks.notBlank(name, "name");
        Checks.notBlank(placeholder, "placeholder");
    }

    /** Shows the name only, so that printing a secret by mistake leaks nothing. */
    @Override
    public String toString() {
        return "Secret[" + name + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && name.equals(that.name) && placeholder.equals(that.placeholder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, placeholder);
    }
}
