package dev.pincer.runtime.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/** A class file held in memory: an SPI class javac reads, or a class javac writes. */
final class InMemoryClassFile extends SimpleJavaFileObject {

    private final String binaryName;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private byte[] bytes;

    private InMemoryClassFile(String binaryName, byte[] bytes) {
        super(URI.create("mem:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
        this.binaryName = binaryName;
        this.bytes = bytes;
    }

    /** A class file javac may read. */
    static InMemoryClassFile of(String binaryName, byte[] bytes) {
        return new InMemoryClassFile(binaryName, bytes.clone());
    }

    /** An empty class file for javac to write. */
    static InMemoryClassFile forOutput(String binaryName) {
        return new InMemoryClassFile(binaryName, null);
    }

    String binaryName() {
        return binaryName;
    }

    String packageName() {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    /** What javac wrote, or the bytes it was created with. */
    byte[] bytes() {
        return bytes != null ? bytes.clone() : written.toByteArray();
    }

    @Override
    public InputStream openInputStream() {
        return new ByteArrayInputStream(bytes());
    }

    @Override
    public OutputStream openOutputStream() {
        written.reset();
        return written;
    }
}
