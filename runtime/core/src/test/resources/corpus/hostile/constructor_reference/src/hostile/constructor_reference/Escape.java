// expect bytecode: CONF-CLS-007 java.lang.ProcessBuilder#<init>
// expect source: CONF-CLS-007 java.lang.ProcessBuilder#<init>
package hostile.constructor_reference;

import java.util.function.Function;

public final class Escape {
    Function<String[], ProcessBuilder> run() {
        return ProcessBuilder::new;
    }
}
