// expect bytecode: CONF-CLS-010 java.lang.Thread#sleep
// expect source: CONF-CLS-010 java.lang.Thread#sleep
package hostile.thread_sleep;

public final class Escape {
    void run() throws InterruptedException {
        Thread.sleep(30_000);
    }
}
