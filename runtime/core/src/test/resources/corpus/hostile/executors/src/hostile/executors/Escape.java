// expect bytecode: CONF-CLS-009 java.util.concurrent.Executors#newFixedThreadPool
// expect source: CONF-CLS-009 java.util.concurrent.Executors
package hostile.executors;

import java.util.concurrent.Executors;

public final class Escape {
    void run(Runnable task) {
        Executors.newFixedThreadPool(2).submit(task);
    }
}
