// expect bytecode: CONF-CLS-007 java.lang.Runtime#halt
// expect source: CONF-CLS-007 java.lang.Runtime#getRuntime
package hostile.runtime_halt;

public final class Escape {
    void run() {
        Runtime.getRuntime().halt(1);
    }
}
