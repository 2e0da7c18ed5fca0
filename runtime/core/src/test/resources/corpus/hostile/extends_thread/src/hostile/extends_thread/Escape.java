// expect bytecode: CONF-BC-006 java.lang.Thread
// expect bytecode: CONF-CLS-009 java.lang.Thread#<init>
// expect source: CONF-BC-006 java.lang.Thread
package hostile.extends_thread;

public final class Escape extends Thread {
    @Override
    public void run() {
        Thread.onSpinWait();
    }

    static void launch() {
        new Escape().start();
    }
}
