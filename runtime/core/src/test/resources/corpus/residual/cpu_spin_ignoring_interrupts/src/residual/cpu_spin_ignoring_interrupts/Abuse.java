// residual: spins forever and swallows interruption; in-process, nothing can take the thread back
package residual.cpu_spin_ignoring_interrupts;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run() {
        long counter = 0;
        while (counter >= 0) {
            counter = (counter + 1) % 1_000_000;
            Thread.interrupted();
        }
    }
}
