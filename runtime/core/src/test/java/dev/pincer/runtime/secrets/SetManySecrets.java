package dev.pincer.runtime.secrets;

import java.nio.file.Path;

/** A separate process for {@link ConcurrentSetTest}: sets COUNT secrets named PREFIX_0, PREFIX_1, … in DATA. */
final class SetManySecrets {

    private SetManySecrets() {}

    public static void main(String[] args) {
        setMany(SecretStore.open(Path.of(args[0])), args[1], Integer.parseInt(args[2]));
    }

    static void setMany(SecretStore store, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            store.set(name(prefix, i), "value-" + prefix + "-" + i);
        }
    }

    static String name(String prefix, int i) {
        return prefix + "_" + String.format("%03d", i);
    }
}
