// expect bytecode: CONF-CLS-008 java.lang.System#getenv
// expect source: CONF-CLS-008 java.lang.System#getenv
package hostile.static_import_getenv;

import static java.lang.System.getenv;

public final class Escape {
    String run() {
        return getenv("HOME");
    }
}
