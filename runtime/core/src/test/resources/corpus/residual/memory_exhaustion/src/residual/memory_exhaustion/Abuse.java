// residual: allocates until the whole JVM runs out of memory
package residual.memory_exhaustion;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    long[][] run() {
        long[][] hoard = new long[1 << 20][];
        for (int i = 0; i < hoard.length; i++) {
            hoard[i] = new long[1 << 20];
        }
        return hoard;
    }
}
