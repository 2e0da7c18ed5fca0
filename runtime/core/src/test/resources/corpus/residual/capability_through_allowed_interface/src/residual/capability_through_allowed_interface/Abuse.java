// residual: calls whatever allowed interface a runtime object happens to implement, beyond its SPI interface
package residual.capability_through_allowed_interface;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run(ChannelContext context) throws Exception {
        if (context.http() instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (context instanceof Runnable runnable) {
            runnable.run();
        }
    }
}
