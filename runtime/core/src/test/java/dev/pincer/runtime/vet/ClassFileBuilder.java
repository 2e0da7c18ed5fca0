package dev.pincer.runtime.vet;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes small class files that javac would never produce, to test the bytecode vetter on crafted input. */
final class ClassFileBuilder {
    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<String, Integer> utf8 = new LinkedHashMap<>();
    private int count = 1;
    private final List<int[]> bootstraps = new ArrayList<>();
    private final List<Integer> innerClasses = new ArrayList<>();
    private final List<Object[]> methods = new ArrayList<>();
    private int major = 65;
    private int access = 0x0021;

    int utf8(String text) {
        return utf8.computeIfAbsent(text, key -> entry(out -> {
            out.writeByte(1);
            out.writeUTF(key);
        }));
    }

    int classRef(String internalName) {
        int name = utf8(internalName);
        return entry(out -> {
            out.writeByte(7);
            out.writeShort(name);
        });
    }

    int nameAndType(String name, String descriptor) {
        int n = utf8(name);
        int d = utf8(descriptor);
        return entry(out -> {
            out.writeByte(12);
            out.writeShort(n);
            out.writeShort(d);
        });
    }

    int methodRef(String owner, String name, String descriptor) {
        int c = classRef(owner);
        int nt = nameAndType(name, descriptor);
        return entry(out -> {
            out.writeByte(10);
            out.writeShort(c);
            out.writeShort(nt);
        });
    }

    int methodHandle(int kind, int reference) {
        return entry(out -> {
            out.writeByte(15);
            out.writeByte(kind);
            out.writeShort(reference);
        });
    }

    int methodType(String descriptor) {
        int d = utf8(descriptor);
        return entry(out -> {
            out.writeByte(16);
            out.writeShort(d);
        });
    }

    int invokeDynamic(int bootstrap, String name, String descriptor) {
        int nt = nameAndType(name, descriptor);
        return entry(out -> {
            out.writeByte(18);
            out.writeShort(bootstrap);
            out.writeShort(nt);
        });
    }

    int module(String name) {
        int n = utf8(name);
        return entry(out -> {
            out.writeByte(19);
            out.writeShort(n);
        });
    }

    /** Adds a bootstrap method; returns its index. */
    int bootstrap(int methodHandle, int... arguments) {
        int[] entry = new int[arguments.length + 1];
        entry[0] = methodHandle;
        System.arraycopy(arguments, 0, entry, 1, arguments.length);
        bootstraps.add(entry);
        return bootstraps.size() - 1;
    }

    ClassFileBuilder innerClass(int classIndex) {
        innerClasses.add(classIndex);
        return this;
    }

    /** A static method with this body; max stack and locals are generous. */
    ClassFileBuilder method(String name, String descriptor, int... code) {
        byte[] bytes = new byte[code.length];
        for (int i = 0; i < code.length; i++) {
            bytes[i] = (byte) code[i];
        }
        methods.add(new Object[] {utf8(name), utf8(descriptor), bytes});
        return this;
    }

    ClassFileBuilder major(int version) {
        this.major = version;
        return this;
    }

    ClassFileBuilder access(int flags) {
        this.access = flags;
        return this;
    }

    byte[] build(String internalName) {
        int self = classRef(internalName);
        int superclass = classRef("java/lang/Object");
        int code = utf8("Code");
        int bootstrapName = utf8("BootstrapMethods");
        int innerName = utf8("InnerClasses");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(major);
            out.writeShort(count);
            out.write(pool.toByteArray());
            out.writeShort(access);
            out.writeShort(self);
            out.writeShort(superclass);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(methods.size());
            for (Object[] method : methods) {
                byte[] body = (byte[]) method[2];
                out.writeShort(0x0009);
                out.writeShort((Integer) method[0]);
                out.writeShort((Integer) method[1]);
                out.writeShort(1);
                out.writeShort(code);
                out.writeInt(12 + body.length);
                out.writeShort(8);
                out.writeShort(8);
                out.writeInt(body.length);
                out.write(body);
                out.writeShort(0);
                out.writeShort(0);
            }
            out.writeShort((bootstraps.isEmpty() ? 0 : 1) + (innerClasses.isEmpty() ? 0 : 1));
            if (!bootstraps.isEmpty()) {
                int length = 2 + bootstraps.stream().mapToInt(entry -> 2 + 2 * entry.length).sum();
                out.writeShort(bootstrapName);
                out.writeInt(length);
                out.writeShort(bootstraps.size());
                for (int[] entry : bootstraps) {
                    out.writeShort(entry[0]);
                    out.writeShort(entry.length - 1);
                    for (int i = 1; i < entry.length; i++) {
                        out.writeShort(entry[i]);
                    }
                }
            }
            if (!innerClasses.isEmpty()) {
                out.writeShort(innerName);
                out.writeInt(2 + 8 * innerClasses.size());
                out.writeShort(innerClasses.size());
                for (int inner : innerClasses) {
                    out.writeShort(inner);
                    out.writeShort(0);
                    out.writeShort(0);
                    out.writeShort(0x0009);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private int entry(Writer writer) {
        try {
            writer.write(poolOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count++;
    }
}
