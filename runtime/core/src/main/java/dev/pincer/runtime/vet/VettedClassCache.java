package dev.pincer.runtime.vet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers class files that passed bytecode vetting, by name and SHA-256 of their bytes, so that a
 * fresh class loader for the same compiled integration does not vet identical bytes again.
 *
 * <p>Only passes are remembered, and only for the exact bytes: any other class file under the same
 * name is vetted in full. Thread-safe.
 */
final class VettedClassCache {
    private final BytecodeVetter vetter;
    private final Set<String> passed = ConcurrentHashMap.newKeySet();

    VettedClassCache(BytecodeVetter vetter) {
        this.vetter = vetter;
    }

    /** The findings for a class file; empty, without vetting again, if these exact bytes passed before. */
    java.util.List<Finding> vet(String className, byte[] classBytes) {
        String key = className + "@" + sha256(classBytes);
        if (passed.contains(key)) {
            return java.util.List.of();
        }
        java.util.List<Finding> findings = vetter.vet(className, classBytes);
        if (findings.isEmpty()) {
            passed.add(key);
        }
        return findings;
    }

    /** Vets the class unless these exact bytes passed before; throws {@link ConfinementException} to refuse it. */
    void require(String className, byte[] classBytes) {
        String key = className + "@" + sha256(classBytes);
        if (passed.contains(key)) {
            return;
        }
        vetter.require(className, classBytes);
        passed.add(key);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
