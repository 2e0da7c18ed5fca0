package dev.pincer.runtime.vet;

import java.util.List;
import java.util.Set;

/**
 * The parts of a class file the bytecode vetter checks.
 *
 * @param pool the constant pool; index 0 and the slot after a long or double are {@code null}
 * @param classRefs constant-pool indices of classes named by attributes other than {@code InnerClasses}:
 *     {@code Exceptions}, {@code NestHost}, {@code NestMembers}, {@code PermittedSubclasses}, {@code EnclosingMethod}
 * @param innerClassRefs constant-pool indices of classes named only for {@code InnerClasses}
 * @param descriptors extra descriptors to check: record components
 * @param signatures generic signatures of the class, its fields, methods and record components
 */
record ClassFile(int minor, int major, int access, Constant[] pool, int thisClass, int superClass, int[] interfaces,
                 List<Member> fields, List<Member> methods, List<BootstrapMethod> bootstraps,
                 List<Integer> classRefs, Set<Integer> innerClassRefs, List<String> descriptors, List<String> signatures) {

    static final int UTF8 = 1;
    static final int INTEGER = 3;
    static final int FLOAT = 4;
    static final int LONG = 5;
    static final int DOUBLE = 6;
    static final int CLASS = 7;
    static final int STRING = 8;
    static final int FIELDREF = 9;
    static final int METHODREF = 10;
    static final int INTERFACE_METHODREF = 11;
    static final int NAME_AND_TYPE = 12;
    static final int METHOD_HANDLE = 15;
    static final int METHOD_TYPE = 16;
    static final int DYNAMIC = 17;
    static final int INVOKE_DYNAMIC = 18;
    static final int MODULE = 19;
    static final int PACKAGE = 20;

    static final int ACC_NATIVE = 0x0100;
    static final int ACC_MODULE = 0x8000;

    /**
     * One constant-pool entry. For classes, strings, method types, modules and packages {@code first} is
     * the name or descriptor index; for references {@code first} is the class and {@code second} the
     * name-and-type; for name-and-type {@code first} is the name and {@code second} the descriptor; for
     * method handles {@code first} is the reference kind and {@code second} the reference; for dynamic
     * entries {@code first} is the bootstrap index and {@code second} the name-and-type.
     */
    record Constant(int tag, int first, int second, String text) {}

    /** A field or method, with the code of a method. */
    record Member(int access, String name, String descriptor, Code code) {}

    /** A method body: its instructions and the constant-pool indices of its catch types. */
    record Code(byte[] instructions, List<Integer> catchTypes) {}

    /** One entry of the {@code BootstrapMethods} attribute. */
    record BootstrapMethod(int methodHandle, List<Integer> arguments) {}

    Constant constant(int index, int... tags) {
        if (index <= 0 || index >= pool.length || pool[index] == null) {
            throw new MalformedClassException("constant pool index " + index + " is out of range 1.." + (pool.length - 1));
        }
        Constant constant = pool[index];
        for (int tag : tags) {
            if (constant.tag() == tag) {
                return constant;
            }
        }
        throw new MalformedClassException("constant pool #" + index + " has tag " + constant.tag() + ", expected one of "
                + java.util.Arrays.toString(tags));
    }

    String utf8(int index) {
        return constant(index, UTF8).text();
    }

    /** The internal name (or array descriptor) of a class entry. */
    String className(int classIndex) {
        return utf8(constant(classIndex, CLASS).first());
    }

    String thisClassName() {
        return className(thisClass).replace('/', '.');
    }

    /** Thrown while reading a class file that does not follow the class-file format. */
    static final class MalformedClassException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedClassException(String message) {
            super(message);
        }
    }
}
