// expect bytecode: CONF-CLS-008 java.lang.System#getenv
// expect source: CONF-CLS-008 java.lang.System#getenv
package hostile.method_reference_getenv;

import java.util.function.Function;

public final class Escape {
    Function<String, String> run() {
        return System::getenv;
    }
}
