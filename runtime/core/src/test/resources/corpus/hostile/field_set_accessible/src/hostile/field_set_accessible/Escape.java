// expect bytecode: CONF-CLS-004 java.lang.reflect.Field#setAccessible
// expect bytecode: CONF-CLS-004 java.lang.Class#getDeclaredField
// expect source: CONF-CLS-004 java.lang.reflect.Field
package hostile.field_set_accessible;

import java.lang.reflect.Field;

public final class Escape {
    Object run(Object target) throws Exception {
        Field field = target.getClass().getDeclaredField("token");
        field.setAccessible(true);
        return field.get(target);
    }
}
