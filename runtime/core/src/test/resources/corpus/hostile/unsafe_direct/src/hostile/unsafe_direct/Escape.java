// expect bytecode: CONF-CLS-014 sun.misc.Unsafe#getUnsafe
// expect bytecode: CONF-CLS-014 sun.misc.Unsafe
// expect source: CONF-CLS-014 sun.misc.Unsafe#getUnsafe
package hostile.unsafe_direct;

public final class Escape {
    Object run() {
        return sun.misc.Unsafe.getUnsafe();
    }
}
