// expect bytecode: CONF-CLS-015 java.util.ServiceLoader#load
// expect source: CONF-CLS-015 java.util.ServiceLoader#load
package hostile.service_loader;

import java.util.ServiceLoader;

public final class Escape {
    Object run() {
        return ServiceLoader.load(Runnable.class).findFirst();
    }
}
