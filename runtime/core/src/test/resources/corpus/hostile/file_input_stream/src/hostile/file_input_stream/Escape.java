// expect bytecode: CONF-CLS-011 java.io.FileInputStream#<init>
// expect source: CONF-CLS-011 java.io.FileInputStream
package hostile.file_input_stream;

import java.io.FileInputStream;

public final class Escape {
    byte[] run() throws Exception {
        try (FileInputStream in = new FileInputStream("/etc/shadow")) {
            return in.readAllBytes();
        }
    }
}
