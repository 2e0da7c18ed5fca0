// expect bytecode: CONF-CLS-004 java.lang.Class#getDeclaredMethods
// expect source: none (the receiver is a variable whose type only the compiler knows; CONF-SRC-003)
package hostile.class_in_variable;

public final class Escape {
    Object run(Object target) {
        Class<?> type = target.getClass();
        return type.getDeclaredMethods();
    }
}
