// expect bytecode: CONF-CLS-019 java.util.SimpleTimeZone#setDefault
// expect source: CONF-CLS-019 java.util.SimpleTimeZone#setDefault
package hostile.timezone_default_via_subclass;

import java.util.SimpleTimeZone;

public final class Escape {
    void run() {
        SimpleTimeZone.setDefault(new SimpleTimeZone(3_600_000, "EVIL"));
    }
}
