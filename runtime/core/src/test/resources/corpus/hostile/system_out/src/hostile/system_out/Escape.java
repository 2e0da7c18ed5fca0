// expect bytecode: CONF-CLS-015 java.lang.System#out
// expect source: CONF-CLS-015 java.lang.System#out
package hostile.system_out;

public final class Escape {
    void run(String message) {
        System.out.println(message);
    }
}
