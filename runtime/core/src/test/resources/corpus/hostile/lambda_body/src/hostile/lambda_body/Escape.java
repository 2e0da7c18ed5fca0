// expect bytecode: CONF-CLS-007 java.lang.ProcessBuilder#<init>
// expect source: CONF-CLS-007 java.lang.ProcessBuilder
package hostile.lambda_body;

import java.util.function.Supplier;

public final class Escape {
    Supplier<Object> run() {
        return () -> {
            try {
                return new ProcessBuilder("id").start();
            } catch (Exception e) {
                return e;
            }
        };
    }
}
