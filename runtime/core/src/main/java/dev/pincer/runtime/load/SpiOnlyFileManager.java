package dev.pincer.runtime.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A file manager whose class path holds the Pincer SPI and nothing else, and whose output stays in memory.
 *
 * <p>The JDK's own classes still come from the platform (as {@code --release} selects them); every
 * other class on the runtime's class path — Jackson, SQLite, the runtime itself — is invisible, so
 * generated code that imports them does not compile, even when the runtime runs from a fat jar.
 */
final class SpiOnlyFileManager extends ForwardingJavaFileManager<JavaFileManager> {

    private final SpiClassFiles spi;
    private final Map<String, InMemoryClassFile> outputs = new LinkedHashMap<>();
    private final Map<String, FileObject> originatingSources = new LinkedHashMap<>();

    SpiOnlyFileManager(JavaFileManager platform, SpiClassFiles spi) {
        super(platform);
        this.spi = spi;
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        if (location == StandardLocation.CLASS_PATH) {
            if (!kinds.contains(JavaFileObject.Kind.CLASS)) {
                return List.of();
            }
            return List.copyOf(spi.inPackage(packageName, recurse));
        }
        return super.list(location, packageName, kinds, recurse);
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.CLASS_PATH || location == StandardLocation.CLASS_OUTPUT
                || super.hasLocation(location);
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        if (file instanceof InMemoryClassFile classFile) {
            return classFile.binaryName();
        }
        return super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        if (a instanceof InMemoryClassFile || b instanceof InMemoryClassFile) {
            return a == b;
        }
        return super.isSameFile(a, b);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
            FileObject sibling) throws IOException {
        if (location == StandardLocation.CLASS_OUTPUT && kind == JavaFileObject.Kind.CLASS) {
            InMemoryClassFile output = InMemoryClassFile.forOutput(className);
            outputs.put(className, output);
            if (sibling != null) {
                originatingSources.put(className, sibling);
            }
            return output;
        }
        throw new IOException("generated integrations are compiled in memory; javac asked to write "
                + kind + " " + className + " to " + location.getName());
    }

    /** The compiled classes by binary name. */
    Map<String, byte[]> classes() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        outputs.forEach((name, file) -> classes.put(name, file.bytes()));
        return classes;
    }

    /** The source a compiled class came from, if javac said. */
    FileObject sourceOf(String className) {
        return originatingSources.get(className);
    }
}
