// expect bytecode: CONF-CLS-010 java.lang.System#currentTimeMillis
// expect source: CONF-CLS-010 java.lang.System#currentTimeMillis
package hostile.current_time_millis;

public final class Escape {
    long run() {
        return System.currentTimeMillis();
    }
}
