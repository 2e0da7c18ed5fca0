// expect bytecode: CONF-CLS-014 jdk.internal.misc.Unsafe#getUnsafe
// expect source: CONF-CLS-014 jdk.internal.misc.Unsafe
// javac: -source 21 -target 21 --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
package hostile.jdk_internal_misc;

import jdk.internal.misc.Unsafe;

public final class Escape {
    long run() {
        return Unsafe.getUnsafe().allocateMemory(1 << 30);
    }
}
