// expect bytecode: CONF-CLS-009 java.lang.Thread#ofVirtual
// expect source: CONF-CLS-009 java.lang.Thread#ofVirtual
package hostile.virtual_thread;

public final class Escape {
    void run(Runnable task) {
        Thread.ofVirtual().start(task);
    }
}
