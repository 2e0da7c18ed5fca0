package dev.pincer.runtime.load;

import dev.pincer.spi.Channel;
import java.net.URL;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.Permissions;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Defines one integration's compiled classes and lets them see only the Pincer SPI and the JDK classes a
 * {@link ClassAccessPolicy} permits.
 *
 * <p>The integration's own classes are defined here (parent-last), each checked first by a
 * {@link ClassVetter}. {@code dev.pincer.spi} classes come from the loader that loaded the runtime's
 * SPI, so the types are shared. Permitted JDK classes come from the platform class loader. Every other
 * name — the runtime, its libraries, the conformance suite — gives a {@link ClassNotFoundException}
 * that names the integration, the class and the rule. No resources are visible.
 */
public final class IntegrationClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String SPI_PREFIX = SpiClassFiles.PACKAGE + ".";

    private final String integrationName;
    private final Map<String, byte[]> classes;
    private final ClassAccessPolicy policy;
    private final ClassVetter vetter;
    private final ProtectionDomain domain;

    /** A loader whose classes are not vetted. */
    public IntegrationClassLoader(String integrationName, Map<String, byte[]> classes, ClassAccessPolicy policy) {
        this(integrationName, classes, policy, ClassVetter.acceptAll());
    }

    /**
     * A loader that asks {@code vetter} about each of the integration's classes before defining it.
     *
     * @param integrationName the manifest's name, used in messages
     * @param classes class file bytes by binary name
     * @param policy which JDK and SPI classes the integration may use
     * @param vetter checks each class's bytes before it is defined
     */
    public IntegrationClassLoader(
            String integrationName, Map<String, byte[]> classes, ClassAccessPolicy policy, ClassVetter vetter) {
        super("integration-" + Objects.requireNonNull(integrationName, "integrationName"), null);
        this.integrationName = integrationName;
        this.classes = Map.copyOf(Objects.requireNonNull(classes, "classes"));
        this.policy = Objects.requireNonNull(policy, "policy");
        this.vetter = Objects.requireNonNull(vetter, "vetter");
        Permissions none = new Permissions();
        none.setReadOnly();
        this.domain = new ProtectionDomain(new CodeSource(null, (CodeSigner[]) null), none, this, null);
    }

    /** The name of the integration whose classes this loader defines. */
    public String integrationName() {
        return integrationName;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = locate(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    private Class<?> locate(String name) throws ClassNotFoundException {
        if (name.startsWith(SPI_PREFIX)) {
            requirePermitted(name);
            return Class.forName(name, false, Channel.class.getClassLoader());
        }
        byte[] bytes = classes.get(name);
        if (bytes != null) {
            vetter.vet(name, bytes.clone());
            return defineClass(name, bytes, 0, bytes.length, domain);
        }
        requirePermitted(name);
        try {
            return getPlatformClassLoader().loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException(refusal(name, "it is not among the integration's classes, "
                    + "the Pincer SPI or the JDK; " + ClassAccessPolicy.DEFAULT_RULE));
        }
    }

    private void requirePermitted(String name) throws ClassNotFoundException {
        if (!policy.permits(name)) {
            throw new ClassNotFoundException(refusal(name, policy.rule(name)));
        }
    }

    private String refusal(String className, String rule) {
        return "integration '" + integrationName + "' may not use " + className + ": " + rule;
    }

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        return Collections.emptyEnumeration();
    }

    @Override
    public Stream<URL> resources(String name) {
        return Stream.empty();
    }

    @Override
    public String toString() {
        return "IntegrationClassLoader[" + integrationName + ", " + classes.size() + " classes]";
    }
}
