// expect bytecode: CONF-CLS-006 java.lang.Thread#getContextClassLoader
// expect source: CONF-CLS-006 java.lang.Thread#getContextClassLoader
package hostile.thread_context_class_loader;

public final class Escape {
    Object run() {
        return Thread.currentThread().getContextClassLoader();
    }
}
