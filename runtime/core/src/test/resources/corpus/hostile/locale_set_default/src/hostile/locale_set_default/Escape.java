// expect bytecode: CONF-CLS-019 java.util.Locale#setDefault
// expect source: CONF-CLS-019 java.util.Locale#setDefault
package hostile.locale_set_default;

import java.util.Locale;

public final class Escape {
    void run() {
        Locale.setDefault(Locale.ROOT);
    }
}
