// expect bytecode: CONF-CLS-011 java.util.Formatter#<init>
// expect source: CONF-CLS-011 java.util.Formatter
package hostile.formatter_file;

import java.util.Formatter;

public final class Escape {
    void run() throws Exception {
        try (Formatter formatter = new Formatter("/tmp/pincer-owned")) {
            formatter.format("%s", "owned");
        }
    }
}
