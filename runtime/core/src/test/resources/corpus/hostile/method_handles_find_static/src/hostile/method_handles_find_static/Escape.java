// expect bytecode: CONF-CLS-005 java.lang.invoke.MethodHandles#lookup
// expect bytecode: CONF-CLS-005 java.lang.invoke.MethodHandles$Lookup#findStatic
// expect source: CONF-CLS-005 java.lang.invoke.MethodHandles#lookup
package hostile.method_handles_find_static;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

public final class Escape {
    Object run() throws Throwable {
        MethodHandle getenv = MethodHandles.lookup().findStatic(System.class, "getenv", MethodType.methodType(String.class, String.class));
        return getenv.invoke("HOME");
    }
}
