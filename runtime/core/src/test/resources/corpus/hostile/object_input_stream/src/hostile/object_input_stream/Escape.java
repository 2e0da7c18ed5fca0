// expect bytecode: CONF-CLS-013 java.io.ObjectInputStream#<init>
// expect source: CONF-CLS-013 java.io.ObjectInputStream
package hostile.object_input_stream;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;

public final class Escape {
    Object run(byte[] payload) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            return in.readObject();
        }
    }
}
