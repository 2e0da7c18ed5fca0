package dev.pincer.runtime.load;

/**
 * Which classes outside its own sources an integration may use, checked each time its loader is asked for one.
 *
 * <p>A permitted name is still loaded only from the Pincer SPI or the JDK; nothing else on the
 * runtime's class path is ever reachable, whatever the policy says.
 */
@FunctionalInterface
public interface ClassAccessPolicy {

    /** The rule most refusals cite. */
    String DEFAULT_RULE = "generated integrations may use only the Pincer SPI and the allowed JDK classes "
            + "(specs/confinement.md)";

    /** True if integrations may use the class with this binary name. */
    boolean permits(String className);

    /** Why {@code className} is refused, for the message the integration's loader gives. */
    default String rule(String className) {
        return DEFAULT_RULE;
    }

    /** Permits {@code java.*}, {@code javax.crypto.*} and {@code dev.pincer.spi.*}. */
    static ClassAccessPolicy jdkAndSpi() {
        return className -> className.startsWith("java.") || className.startsWith("javax.crypto.")
                || className.startsWith("dev.pincer.spi.");
    }
}
