package dev.pincer.runtime.vet;

import dev.pincer.runtime.vet.ClassFile.BootstrapMethod;
import dev.pincer.runtime.vet.ClassFile.Code;
import dev.pincer.runtime.vet.ClassFile.Constant;
import dev.pincer.runtime.vet.ClassFile.MalformedClassException;
import dev.pincer.runtime.vet.ClassFile.Member;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a class file (JVMS chapter 4) into a {@link ClassFile}, rejecting anything malformed. */
final class ClassFileReader {
    private final byte[] bytes;
    private int position;
    private Constant[] pool;
    private final List<BootstrapMethod> bootstraps = new ArrayList<>();
    private final List<Integer> classRefs = new ArrayList<>();
    private final Set<Integer> innerClassRefs = new HashSet<>();
    private final List<String> descriptors = new ArrayList<>();
    private final List<String> signatures = new ArrayList<>();

    private ClassFileReader(byte[] bytes) {
        this.bytes = bytes;
    }

    static ClassFile read(byte[] bytes) {
        return new ClassFileReader(bytes).classFile();
    }

    private ClassFile classFile() {
        if (u4() != 0xCAFEBABE) {
            throw new MalformedClassException("does not start with 0xCAFEBABE");
        }
        int minor = u2();
        int major = u2();
        readPool();
        int access = u2();
        int thisClass = u2();
        int superClass = u2();
        int[] interfaces = new int[u2()];
        for (int i = 0; i < interfaces.length; i++) {
            interfaces[i] = u2();
        }
        List<Member> fields = members(false);
        List<Member> methods = members(true);
        int attributes = u2();
        for (int i = 0; i < attributes; i++) {
            classAttribute();
        }
        if (position != bytes.length) {
            throw new MalformedClassException((bytes.length - position) + " bytes follow the end of the class file");
        }
        return new ClassFile(minor, major, access, pool, thisClass, superClass, interfaces, fields, methods,
                List.copyOf(bootstraps), List.copyOf(classRefs), Set.copyOf(innerClassRefs), List.copyOf(descriptors),
                List.copyOf(signatures));
    }

    private void readPool() {
        int count = u2();
        pool = new Constant[count];
        for (int i = 1; i < count; i++) {
            int tag = u1();
            pool[i] = switch (tag) {
                case ClassFile.UTF8 -> new Constant(tag, 0, 0, utf8());
                case ClassFile.INTEGER, ClassFile.FLOAT -> new Constant(tag, u2(), u2(), null);
                case ClassFile.LONG, ClassFile.DOUBLE -> new Constant(tag, skip(8), 0, null);
                case ClassFile.CLASS, ClassFile.STRING, ClassFile.METHOD_TYPE, ClassFile.MODULE, ClassFile.PACKAGE ->
                        new Constant(tag, u2(), 0, null);
                case ClassFile.FIELDREF, ClassFile.METHODREF, ClassFile.INTERFACE_METHODREF, ClassFile.NAME_AND_TYPE,
                     ClassFile.DYNAMIC, ClassFile.INVOKE_DYNAMIC -> new Constant(tag, u2(), u2(), null);
                case ClassFile.METHOD_HANDLE -> new Constant(tag, u1(), u2(), null);
                default -> throw new MalformedClassException("constant pool #" + i + " has unknown tag " + tag);
            };
            if (tag == ClassFile.LONG || tag == ClassFile.DOUBLE) {
                i++;
            }
        }
    }

    private List<Member> members(boolean methods) {
        int count = u2();
        List<Member> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int access = u2();
            String name = poolUtf8(u2());
            String descriptor = poolUtf8(u2());
            Code code = null;
            int attributes = u2();
            for (int a = 0; a < attributes; a++) {
                String attribute = poolUtf8(u2());
                int length = length();
                int end = position + length;
                switch (attribute) {
                    case "Code" -> code = methods ? code() : null;
                    case "Signature" -> signatures.add(poolUtf8(u2()));
                    case "Exceptions" -> {
                        int exceptions = u2();
                        for (int e = 0; e < exceptions; e++) {
                            classRefs.add(u2());
                        }
                    }
                    default -> position = checkedEnd(end);
                }
                if (position != end) {
                    throw new MalformedClassException("attribute " + attribute + " of " + name + " has length " + length
                            + " but its content ends elsewhere");
                }
            }
            result.add(new Member(access, name, descriptor, code));
        }
        return result;
    }

    private Code code() {
        skip(4); // max_stack, max_locals
        int length = u4();
        if (length <= 0 || length > 65535) {
            throw new MalformedClassException("code length " + length + " is outside 1..65535");
        }
        int start = position;
        position = checkedEnd(position + length);
        byte[] instructions = java.util.Arrays.copyOfRange(bytes, start, start + length);
        int handlers = u2();
        List<Integer> catchTypes = new ArrayList<>();
        for (int i = 0; i < handlers; i++) {
            skip(6);
            int catchType = u2();
            if (catchType != 0) {
                catchTypes.add(catchType);
            }
        }
        int attributes = u2();
        for (int i = 0; i < attributes; i++) {
            skip(2);
            int attributeLength = length();
            position = checkedEnd(position + attributeLength);
        }
        return new Code(instructions, catchTypes);
    }

    private void classAttribute() {
        String attribute = poolUtf8(u2());
        int length = length();
        int end = position + length;
        switch (attribute) {
            case "BootstrapMethods" -> {
                int count = u2();
                for (int i = 0; i < count; i++) {
                    int handle = u2();
                    int arguments = u2();
                    List<Integer> args = new ArrayList<>(arguments);
                    for (int a = 0; a < arguments; a++) {
                        args.add(u2());
                    }
                    bootstraps.add(new BootstrapMethod(handle, args));
                }
            }
            case "InnerClasses" -> {
                int count = u2();
                for (int i = 0; i < count; i++) {
                    innerClassRefs.add(u2());
                    int outer = u2();
                    if (outer != 0) {
                        innerClassRefs.add(outer);
                    }
                    skip(4);
                }
            }
            case "Signature" -> signatures.add(poolUtf8(u2()));
            case "NestHost" -> classRefs.add(u2());
            case "NestMembers", "PermittedSubclasses" -> {
                int count = u2();
                for (int i = 0; i < count; i++) {
                    classRefs.add(u2());
                }
            }
            case "EnclosingMethod" -> {
                classRefs.add(u2());
                skip(2);
            }
            case "Record" -> recordComponents();
            default -> position = checkedEnd(end);
        }
        if (position != end) {
            throw new MalformedClassException("attribute " + attribute + " has length " + length + " but its content ends elsewhere");
        }
    }

    private void recordComponents() {
        int count = u2();
        for (int i = 0; i < count; i++) {
            skip(2);
            descriptors.add(poolUtf8(u2()));
            int attributes = u2();
            for (int a = 0; a < attributes; a++) {
                String attribute = poolUtf8(u2());
                int length = length();
                int end = position + length;
                if (attribute.equals("Signature")) {
                    signatures.add(poolUtf8(u2()));
                }
                position = checkedEnd(end);
            }
        }
    }

    private String poolUtf8(int index) {
        if (index <= 0 || index >= pool.length || pool[index] == null || pool[index].tag() != ClassFile.UTF8) {
            throw new MalformedClassException("constant pool index " + index + " is not a Utf8 entry");
        }
        return pool[index].text();
    }

    private String utf8() {
        int length = u2();
        int end = checkedEnd(position + length);
        try {
            String text = new DataInputStream(new ByteArrayInputStream(bytes, position - 2, length + 2)).readUTF();
            position = end;
            return text;
        } catch (IOException e) {
            throw new MalformedClassException("a Utf8 constant is not valid modified UTF-8: " + e.getMessage());
        }
    }

    private int checkedEnd(int end) {
        if (end < position || end > bytes.length) {
            throw new MalformedClassException("truncated at byte " + position + " of " + bytes.length);
        }
        return end;
    }

    private int skip(int count) {
        position = checkedEnd(position + count);
        return 0;
    }

    private int u1() {
        checkedEnd(position + 1);
        return bytes[position++] & 0xFF;
    }

    private int u2() {
        return (u1() << 8) | u1();
    }

    private int u4() {
        return (u2() << 16) | u2();
    }

    private int length() {
        int value = u4();
        if (value < 0 || value > bytes.length) {
            throw new MalformedClassException("attribute length " + Integer.toUnsignedString(value) + " exceeds the class file");
        }
        return value;
    }
}
