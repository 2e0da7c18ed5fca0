package dev.pincer.runtime.load;

import dev.pincer.runtime.manifest.Manifest;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An integration read from its directory: its manifest and its compiled classes, ready to instantiate.
 *
 * <p>Immutable and thread-safe; each {@link #newInstance} gets a fresh class loader, so instances
 * share no static state.
 */
public final class LoadedIntegration {

    private final Manifest manifest;
    private final CompiledIntegration compiled;
    private final ClassAccessPolicy policy;
    private final ClassVetter vetter;

    private LoadedIntegration(
            Manifest manifest, CompiledIntegration compiled, ClassAccessPolicy policy, ClassVetter vetter) {
        this.manifest = manifest;
        this.compiled = compiled;
        this.policy = policy;
        this.vetter = vetter;
    }

    /**
     * Reads {@code pincer.json} and compiles {@code src/} of an integration directory, with the
     * {@linkplain ClassAccessPolicy#jdkAndSpi() default policy} and no vetting.
     *
     * @throws dev.pincer.runtime.manifest.ManifestException if the manifest is missing or invalid
     * @throws CompilationException if the sources do not compile
     */
    public static LoadedIntegration load(Path integrationDir) {
        return load(integrationDir, ClassAccessPolicy.jdkAndSpi(), ClassVetter.acceptAll());
    }

    /**
     * Like {@link #load(Path)}, taking the compiled classes from {@code cache} when these sources were compiled
     * before; the classes are vetted at definition all the same, once confined.
     */
    public static LoadedIntegration load(Path integrationDir, CompileCache cache) {
        Objects.requireNonNull(integrationDir, "integrationDir");
        Objects.requireNonNull(cache, "cache");
        Manifest manifest = Manifest.read(integrationDir.resolve(Manifest.FILE_NAME));
        return new LoadedIntegration(manifest, cache.compile(integrationDir.resolve("src")),
                ClassAccessPolicy.jdkAndSpi(), ClassVetter.acceptAll());
    }

    /** Like {@link #load(Path)}, with the policy and vetter every instance's class loader will use. */
    public static LoadedIntegration load(Path integrationDir, ClassAccessPolicy policy, ClassVetter vetter) {
        Objects.requireNonNull(integrationDir, "integrationDir");
        Manifest manifest = Manifest.read(integrationDir.resolve(Manifest.FILE_NAME));
        CompiledIntegration compiled = SourceCompiler.compile(integrationDir.resolve("src"));
        return new LoadedIntegration(manifest, compiled,
                Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(vetter, "vetter"));
    }

    /** The same integration, whose instances' class loaders use this policy and vetter; nothing is recompiled. */
    public LoadedIntegration withConfinement(ClassAccessPolicy newPolicy, ClassVetter newVetter) {
        return new LoadedIntegration(manifest, compiled,
                Objects.requireNonNull(newPolicy, "newPolicy"), Objects.requireNonNull(newVetter, "newVetter"));
    }

    /** The integration's manifest. */
    public Manifest manifest() {
        return manifest;
    }

    /** The integration's compiled classes. */
    public CompiledIntegration compiled() {
        return compiled;
    }

    /**
     * Creates a new instance of the manifest's entry class in a fresh {@link IntegrationClassLoader}.
     *
     * @param type the SPI type the entry class must implement, such as {@code Channel.class}
     * @throws IntegrationLoadException if the class is missing, does not implement {@code type}, has no
     *     public no-argument constructor, or its constructor threw
     */
    public <T> T newInstance(Class<T> type) {
        Objects.requireNonNull(type, "type");
        String entry = manifest.entryClass();
        String named = "entry class '" + entry + "' named in " + manifest.file().getFileName();
        if (!compiled.classes().containsKey(entry)) {
            throw new IntegrationLoadException(named + " is not among the compiled classes: "
                    + compiled.classNames() + "; set \"entry\" to the class that implements " + type.getSimpleName());
        }
        IntegrationClassLoader loader = new IntegrationClassLoader(manifest.name(), compiled.classes(), policy, vetter);
        Class<?> entryClass = loadEntry(loader, entry, named);
        if (!type.isAssignableFrom(entryClass)) {
            throw new IntegrationLoadException(named + " does not implement " + type.getName() + "; a "
                    + manifest.kind() + " integration implements " + type.getSimpleName());
        }
        int modifiers = entryClass.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || entryClass.getEnclosingClass() != null
                && !Modifier.isStatic(modifiers)) {
            throw new IntegrationLoadException(named + " is not a public, concrete, top-level or static class; "
                    + "declare it as public class " + entryClass.getSimpleName());
        }
        return type.cast(construct(entryClass, named));
    }

    private static Class<?> loadEntry(IntegrationClassLoader loader, String entry, String named) {
        try {
            return Class.forName(entry, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IntegrationLoadException(named + " could not be loaded: " + e.getMessage(), e);
        }
    }

    private static Object construct(Class<?> entryClass, String named) {
        Constructor<?> constructor;
        try {
            constructor = entryClass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IntegrationLoadException(named + " has no public no-argument constructor; add public "
                    + entryClass.getSimpleName() + "() and take everything else from the context in start", e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IntegrationLoadException("the constructor of " + named + " threw " + describe(cause)
                    + "; construct nothing that can fail, and do the work in start", cause);
        } catch (ExceptionInInitializerError e) {
            throw new IntegrationLoadException("the static initializer of " + named + " threw "
                    + describe(e.getCause()) + "; keep static initializers free of work that can fail", e.getCause());
        } catch (LinkageError e) {
            throw new IntegrationLoadException(named + " could not be linked: " + e.getMessage(), e);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IntegrationLoadException(named + " could not be instantiated: " + e.getMessage(), e);
        }
    }

    private static String describe(Throwable throwable) {
        if (throwable == null) {
            return "an error";
        }
        String message = throwable.getMessage();
        String described = throwable.getClass().getName() + (message == null ? "" : ": " + message);
        Throwable cause = throwable.getCause();
        return cause instanceof ClassNotFoundException && cause.getMessage() != null
                ? described + " (" + cause.getMessage() + ")"
                : described;
    }

    @Override
    public String toString() {
        return "LoadedIntegration[" + manifest.name() + ", " + compiled.classes().size() + " classes]";
    }
}
