// expect bytecode: CONF-CLS-004 java.lang.Class#forName
// expect bytecode: CONF-CLS-004 java.lang.Class#getDeclaredField
// expect source: CONF-CLS-004 java.lang.Class#forName
package hostile.unsafe_via_reflection;

public final class Escape {
    Object run() throws Exception {
        Class<?> unsafe = Class.forName("sun.misc.Unsafe");
        var field = unsafe.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return field.get(null);
    }
}
