// expect bytecode: CONF-CLS-008 java.lang.System#getProperty
// expect source: CONF-CLS-008 java.lang.System#getProperty
package hostile.system_get_property;

public final class Escape {
    String run() {
        return System.getProperty("user.home");
    }
}
