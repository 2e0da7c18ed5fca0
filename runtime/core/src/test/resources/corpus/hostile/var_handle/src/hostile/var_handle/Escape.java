// expect bytecode: CONF-CLS-005 java.lang.invoke.VarHandle
// expect bytecode: CONF-CLS-005 java.lang.invoke.MethodHandles$Lookup#findVarHandle
// expect source: CONF-CLS-005 java.lang.invoke.VarHandle
package hostile.var_handle;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class Escape {
    int counter;

    Object run() throws Exception {
        VarHandle handle = MethodHandles.lookup().findVarHandle(Escape.class, "counter", int.class);
        return handle.getAndAdd(this, 1);
    }
}
