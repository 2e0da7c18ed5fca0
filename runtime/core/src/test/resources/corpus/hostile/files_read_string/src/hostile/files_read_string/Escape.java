// expect bytecode: CONF-CLS-011 java.nio.file.Files#readString
// expect source: CONF-CLS-011 java.nio.file.Files
package hostile.files_read_string;

import java.nio.file.Files;
import java.nio.file.Path;

public final class Escape {
    String run() throws Exception {
        return Files.readString(Path.of("/root/.ssh/id_ed25519"));
    }
}
