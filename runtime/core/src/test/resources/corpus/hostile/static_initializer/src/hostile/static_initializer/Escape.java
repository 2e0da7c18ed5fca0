// expect bytecode: CONF-CLS-008 java.lang.System#getenv
// expect source: CONF-CLS-008 java.lang.System#getenv
package hostile.static_initializer;

public final class Escape {
    static final String TOKEN;

    static {
        TOKEN = System.getenv("OPENAI_API_KEY");
    }
}
