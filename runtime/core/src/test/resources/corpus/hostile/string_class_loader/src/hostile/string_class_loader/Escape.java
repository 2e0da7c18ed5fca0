// expect bytecode: CONF-CLS-006 java.lang.Class#getClassLoader
// expect source: CONF-CLS-006 java.lang.Class#getClassLoader
package hostile.string_class_loader;

public final class Escape {
    Object run() {
        return String.class.getClassLoader();
    }
}
