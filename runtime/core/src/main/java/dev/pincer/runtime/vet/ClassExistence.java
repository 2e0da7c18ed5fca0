package dev.pincer.runtime.vet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Whether a binary class name exists among the classes the runtime sees; loads without initialising. */
final class ClassExistence {
    private final ClassLoader loader = ClassExistence.class.getClassLoader();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    boolean exists(String binaryName) {
        return known.computeIfAbsent(binaryName, this::lookUp);
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
