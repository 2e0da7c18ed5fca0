package dev.pincer.runtime.vet;

import dev.pincer.runtime.vet.ClassFile.MalformedClassException;

/** Walks the instructions of a method body and reports each one that names a constant-pool entry. */
final class CodeScanner {
    private CodeScanner() {}

    static final int LDC = 0x12;
    static final int LDC_W = 0x13;
    static final int LDC2_W = 0x14;
    static final int GETSTATIC = 0xb2;
    static final int PUTFIELD = 0xb5;
    static final int INVOKEVIRTUAL = 0xb6;
    static final int INVOKEINTERFACE = 0xb9;
    static final int INVOKEDYNAMIC = 0xba;
    static final int NEW = 0xbb;
    static final int ANEWARRAY = 0xbd;
    static final int CHECKCAST = 0xc0;
    static final int INSTANCEOF = 0xc1;
    static final int MULTIANEWARRAY = 0xc5;

    /** Receives one instruction that names a constant-pool entry. */
    interface ConstantUse {
        void use(int opcode, int constantIndex);
    }

    static void scan(byte[] code, ConstantUse consumer) {
        int pc = 0;
        while (pc < code.length) {
            int opcode = code[pc] & 0xFF;
            switch (opcode) {
                case LDC -> consumer.use(opcode, u1(code, pc + 1));
                case LDC_W, LDC2_W, NEW, ANEWARRAY, CHECKCAST, INSTANCEOF, MULTIANEWARRAY -> consumer.use(opcode, u2(code, pc + 1));
                default -> {
                    if (opcode >= GETSTATIC && opcode <= INVOKEDYNAMIC) {
                        consumer.use(opcode, u2(code, pc + 1));
                    }
                }
            }
            pc += length(code, pc, opcode);
        }
        if (pc != code.length) {
            throw new MalformedClassException("the last instruction runs past the end of the code");
        }
    }

    private static int length(byte[] code, int pc, int opcode) {
        return switch (opcode) {
            case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc -> 2;
            case 0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7 -> 3;
            case 0xc5 -> 4;
            case 0xb9, 0xba, 0xc8, 0xc9 -> 5;
            case 0xaa -> tableSwitchLength(code, pc);
            case 0xab -> lookupSwitchLength(code, pc);
            case 0xc4 -> (u1(code, pc + 1) == 0x84) ? 6 : 4;
            default -> {
                if (opcode >= 0x99 && opcode <= 0xa8) {
                    yield 3;
                }
                if (opcode > 0xc9) {
                    throw new MalformedClassException("unknown opcode 0x" + Integer.toHexString(opcode) + " at offset " + pc);
                }
                yield 1;
            }
        };
    }

    private static int tableSwitchLength(byte[] code, int pc) {
        int base = padded(pc);
        int low = s4(code, base + 4);
        int high = s4(code, base + 8);
        long entries = (long) high - low + 1;
        if (entries < 0 || entries > 65535) {
            throw new MalformedClassException("tableswitch at offset " + pc + " has " + entries + " entries");
        }
        return base - pc + 12 + (int) entries * 4;
    }

    private static int lookupSwitchLength(byte[] code, int pc) {
        int base = padded(pc);
        int pairs = s4(code, base + 4);
        if (pairs < 0 || pairs > 65535) {
            throw new MalformedClassException("lookupswitch at offset " + pc + " has " + pairs + " pairs");
        }
        return base - pc + 8 + pairs * 8;
    }

    private static int padded(int pc) {
        return (pc + 4) & ~3;
    }

    private static int u1(byte[] code, int index) {
        check(code, index, 1);
        return code[index] & 0xFF;
    }

    private static int u2(byte[] code, int index) {
        check(code, index, 2);
        return ((code[index] & 0xFF) << 8) | (code[index + 1] & 0xFF);
    }

    private static int s4(byte[] code, int index) {
        check(code, index, 4);
        return ((code[index] & 0xFF) << 24) | ((code[index + 1] & 0xFF) << 16) | ((code[index + 2] & 0xFF) << 8) | (code[index + 3] & 0xFF);
    }

    private static void check(byte[] code, int index, int length) {
        if (index < 0 || index + length > code.length) {
            throw new MalformedClassException("an instruction operand at offset " + index + " runs past the end of the code");
        }
    }
}
