// expect bytecode: CONF-CLS-009 java.lang.ref.Cleaner#create
// expect source: CONF-CLS-009 java.lang.ref.Cleaner
package hostile.cleaner;

import java.lang.ref.Cleaner;

public final class Escape {
    void run(Object watched, Runnable action) {
        Cleaner.create().register(watched, action);
    }
}
