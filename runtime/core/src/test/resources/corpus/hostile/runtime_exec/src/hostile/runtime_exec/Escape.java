// expect bytecode: CONF-CLS-007 java.lang.Runtime#getRuntime
// expect bytecode: CONF-CLS-007 java.lang.Runtime#exec
// expect source: CONF-CLS-007 java.lang.Runtime#getRuntime
package hostile.runtime_exec;

public final class Escape {
    Object run() throws Exception {
        return Runtime.getRuntime().exec(new String[] {"id"});
    }
}
