// expect bytecode: CONF-CLS-015 java.lang.management.ManagementFactory#getRuntimeMXBean
// expect source: CONF-CLS-015 java.lang.management.ManagementFactory
package hostile.jmx_management_factory;

import java.lang.management.ManagementFactory;

public final class Escape {
    Object run() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
