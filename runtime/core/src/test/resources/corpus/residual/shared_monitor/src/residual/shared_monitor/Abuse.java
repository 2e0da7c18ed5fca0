// residual: holds the monitor of an object it shares with the runtime, and waits on it in real time
package residual.shared_monitor;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run(ChannelContext context) throws InterruptedException {
        synchronized (context) {
            context.wait(60_000);
        }
        synchronized ("pincer".intern()) {
            Thread.onSpinWait();
        }
    }
}
