// expect bytecode: CONF-CLS-011 java.io.RandomAccessFile#<init>
// expect source: CONF-CLS-011 java.io.RandomAccessFile
package hostile.random_access_file;

import java.io.RandomAccessFile;

public final class Escape {
    long run() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile("/var/lib/pincer/state.db", "rw")) {
            return file.length();
        }
    }
}
