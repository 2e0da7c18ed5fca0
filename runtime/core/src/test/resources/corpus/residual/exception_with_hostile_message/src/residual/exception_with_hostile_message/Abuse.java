// residual: throws an exception whose getMessage runs integration code later, on whichever runtime thread reads it
package residual.exception_with_hostile_message;

import dev.pincer.spi.*;
import java.net.URI;
import java.time.Duration;

public final class Abuse {
    static final class Refusal extends IntegrationException {
        private static final long serialVersionUID = 1L;

        Refusal() {
            super("refused");
        }

        @Override
        public String getMessage() {
            while (!Thread.interrupted()) {
                Thread.onSpinWait();
            }
            return "refused";
        }
    }

    void run() {
        throw new Refusal();
    }
}
