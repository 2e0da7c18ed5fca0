package dev.pincer.runtime.vet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a binary class name exists among the classes the runtime sees; loads without initialising.
 *
 * <p>The answers are shared by every vetter in the JVM: the runtime's classes do not change while it runs.
 */
final class ClassExistence {
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();
    private final ClassLoader loader = ClassExistence.class.getClassLoader();

    boolean exists(String binaryName) {
        return KNOWN.computeIfAbsent(binaryName, this::lookUp);
    }

    private boolean lookUp(String binaryName) {
        try {
            Class.forName(binaryName, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
            return false;
        }
    }
}
