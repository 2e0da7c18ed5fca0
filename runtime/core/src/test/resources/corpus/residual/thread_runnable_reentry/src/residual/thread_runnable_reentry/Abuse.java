// residual: re-enters the runtime thread body: a platform Thread is a Runnable, and Thread#currentThread is allowed for the interrupt idiom
package residual.thread_runnable_reentry;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run() {
        ((Runnable) Thread.currentThread()).run();
    }
}
