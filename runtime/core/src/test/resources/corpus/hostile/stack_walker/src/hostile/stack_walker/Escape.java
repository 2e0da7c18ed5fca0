// expect bytecode: CONF-CLS-006 java.lang.StackWalker#getInstance
// expect source: CONF-CLS-006 java.lang.StackWalker#getInstance
package hostile.stack_walker;

public final class Escape {
    Object run() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    }
}
