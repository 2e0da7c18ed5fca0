// expect bytecode: CONF-CLS-015 java.util.logging.Logger#getLogger
// expect source: CONF-CLS-015 java.util.logging.Logger
package hostile.jul_logger;

import java.util.logging.Logger;

public final class Escape {
    void run(String secret) {
        Logger.getLogger("pincer").info(secret);
    }
}
