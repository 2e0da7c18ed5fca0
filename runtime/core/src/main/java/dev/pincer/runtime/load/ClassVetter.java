package dev.pincer.runtime.load;

/** Inspects each class's bytecode before an integration's loader defines it, and may refuse it. */
@FunctionalInterface
public interface ClassVetter {

    /**
     * Checks one class.
     *
     * @param className the binary name of the class
     * @param bytes its class file (a copy the vetter may keep)
     * @throws RuntimeException to refuse the class; the exception reaches whoever asked for the class
     */
    void vet(String className, byte[] bytes);

    /** A vetter that accepts every class. */
    static ClassVetter acceptAll() {
        return (className, bytes) -> { };
    }
}
