// expect bytecode: CONF-CLS-007 java.lang.System#exit
// expect source: CONF-CLS-007 java.lang.System#exit
package hostile.system_exit;

public final class Escape {
    void run() {
        System.exit(0);
    }
}
