// expect bytecode: CONF-CLS-004 java.lang.Class#getDeclaredMethod
// expect source: CONF-CLS-004 java.lang.Class#getDeclaredMethod
package hostile.get_declared_method;

public final class Escape {
    Object run(Object target) throws Exception {
        return target.getClass().getDeclaredMethod("secret");
    }
}
