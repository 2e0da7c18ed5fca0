// expect bytecode: CONF-CLS-009 java.util.concurrent.CompletableFuture#runAsync
// expect source: CONF-CLS-009 java.util.concurrent.CompletableFuture#runAsync
package hostile.completable_future_async;

import java.util.concurrent.CompletableFuture;

public final class Escape {
    void run(Runnable task) {
        CompletableFuture.runAsync(task);
    }
}
