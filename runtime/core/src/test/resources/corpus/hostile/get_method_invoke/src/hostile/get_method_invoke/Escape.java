// expect bytecode: CONF-CLS-004 java.lang.Class#getMethod
// expect bytecode: CONF-CLS-004 java.lang.reflect.Method#invoke
// expect source: CONF-CLS-004 java.lang.Class#getMethod
package hostile.get_method_invoke;

public final class Escape {
    Object run() throws Exception {
        return String.class.getMethod("length").invoke("abc");
    }
}
