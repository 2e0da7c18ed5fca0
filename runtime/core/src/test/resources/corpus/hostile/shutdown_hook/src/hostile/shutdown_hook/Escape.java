// expect bytecode: CONF-CLS-007 java.lang.Runtime#addShutdownHook
// expect source: CONF-CLS-007 java.lang.Runtime#getRuntime
package hostile.shutdown_hook;

public final class Escape {
    void run(Thread hook) {
        Runtime.getRuntime().addShutdownHook(hook);
    }
}
