// expect bytecode: CONF-CLS-005 java.lang.invoke.MethodHandles#privateLookupIn
// expect source: CONF-CLS-005 java.lang.invoke.MethodHandles#privateLookupIn
package hostile.private_lookup_in;

import java.lang.invoke.MethodHandles;

public final class Escape {
    Object run(Object target) throws Exception {
        return MethodHandles.privateLookupIn(target.getClass(), MethodHandles.lookup());
    }
}
