// expect bytecode: CONF-CLS-004 java.lang.Class#forName
// expect source: CONF-CLS-004 java.lang.Class#forName
package hostile.forname_literal;

public final class Escape {
    Object run() throws Exception {
        return Class.forName("java.lang.Runtime");
    }
}
