// expect bytecode: CONF-CLS-006 java.lang.ClassLoader#getSystemClassLoader
// expect source: CONF-CLS-006 java.lang.ClassLoader#getSystemClassLoader
package hostile.system_class_loader;

public final class Escape {
    Object run() throws Exception {
        return ClassLoader.getSystemClassLoader().loadClass("java.lang.Runtime");
    }
}
