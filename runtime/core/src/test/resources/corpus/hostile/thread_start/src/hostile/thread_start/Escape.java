// expect bytecode: CONF-CLS-009 java.lang.Thread#<init>
// expect bytecode: CONF-CLS-009 java.lang.Thread#start
// expect source: CONF-CLS-009 java.lang.Thread#<init>
package hostile.thread_start;

public final class Escape {
    void run() {
        new Thread(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        }).start();
    }
}
