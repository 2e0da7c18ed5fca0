// expect bytecode: CONF-CLS-013 javax.crypto.SealedObject#getObject
// expect source: CONF-CLS-013 javax.crypto.SealedObject
package hostile.sealed_object;

import java.security.Key;
import javax.crypto.SealedObject;

public final class Escape {
    Object run(SealedObject sealed, Key key) throws Exception {
        return sealed.getObject(key);
    }
}
