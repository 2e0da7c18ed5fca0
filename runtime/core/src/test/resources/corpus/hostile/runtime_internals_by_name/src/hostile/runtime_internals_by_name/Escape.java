// expect bytecode: CONF-CLS-004 java.lang.Class#forName
// expect source: CONF-CLS-004 java.lang.Class#forName
package hostile.runtime_internals_by_name;

public final class Escape {
    Object run() throws Exception {
        return Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getConstructor().newInstance();
    }
}
