// residual: writes text of its choosing to the host process's standard error through Throwable#printStackTrace
package residual.stack_trace_to_stderr;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    void run(String privateText) {
        new RuntimeException(privateText).printStackTrace();
    }
}
