// expect bytecode: CONF-CLS-016 java.security.Security#setProperty
// expect source: CONF-CLS-016 java.security.Security
package hostile.security_provider;

import java.security.Security;

public final class Escape {
    void run() {
        Security.setProperty("jdk.tls.disabledAlgorithms", "");
    }
}
