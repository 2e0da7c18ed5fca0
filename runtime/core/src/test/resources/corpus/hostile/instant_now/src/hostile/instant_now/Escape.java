// expect bytecode: CONF-CLS-010 java.time.Instant#now
// expect source: CONF-CLS-010 java.time.Instant#now
package hostile.instant_now;

import java.time.Instant;

public final class Escape {
    Instant run() {
        return Instant.now();
    }
}
