// expect bytecode: CONF-CLS-008 java.lang.Integer#getInteger
// expect source: CONF-CLS-008 java.lang.Integer#getInteger
package hostile.integer_get_integer;

public final class Escape {
    Integer run() {
        return Integer.getInteger("pincer.port");
    }
}
