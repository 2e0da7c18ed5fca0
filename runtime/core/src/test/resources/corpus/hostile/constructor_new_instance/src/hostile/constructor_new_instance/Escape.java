// expect bytecode: CONF-CLS-004 java.lang.reflect.Constructor#newInstance
// expect source: CONF-CLS-004 java.lang.reflect.Constructor
package hostile.constructor_new_instance;

import java.lang.reflect.Constructor;

public final class Escape {
    Object run(Class<?> type) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        return constructor.newInstance();
    }
}
