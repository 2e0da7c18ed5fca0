// expect bytecode: CONF-CLS-008 java.lang.System#getenv
// expect source: CONF-CLS-008 java.lang.System#getenv
package hostile.system_getenv;

public final class Escape {
    String run() {
        return System.getenv("TELEGRAM_BOT_TOKEN");
    }
}
