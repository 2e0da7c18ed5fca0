// residual: leaves the interrupt flag set on the runtime thread when it returns
package residual.sleep_via_clock_then_interrupt_runtime;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run(ChannelContext context) throws InterruptedException {
        context.clock().sleep(Duration.ofMillis(1));
        Thread.currentThread().interrupt();
    }
}
