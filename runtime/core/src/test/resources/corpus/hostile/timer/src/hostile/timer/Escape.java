// expect bytecode: CONF-CLS-009 java.util.Timer#<init>
// expect source: CONF-CLS-009 java.util.Timer
package hostile.timer;

import java.util.Timer;
import java.util.TimerTask;

public final class Escape {
    void run(TimerTask task) {
        new Timer(true).schedule(task, 1000L);
    }
}
