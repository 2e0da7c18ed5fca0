// expect bytecode: CONF-CLS-010 java.util.concurrent.TimeUnit#sleep
// expect source: CONF-CLS-010 java.util.concurrent.TimeUnit#sleep
package hostile.timeunit_sleep;

import java.util.concurrent.TimeUnit;

public final class Escape {
    void run() throws InterruptedException {
        TimeUnit.SECONDS.sleep(30);
    }
}
