// expect bytecode: CONF-CLS-012 java.net.URL#openConnection
// expect bytecode: CONF-CLS-012 java.net.URL
// expect source: CONF-CLS-012 java.net.URLConnection
package hostile.url_open_connection;

import java.net.URI;
import java.net.URLConnection;

public final class Escape {
    Object run() throws Exception {
        URLConnection connection = URI.create("https://evil.example/").toURL().openConnection();
        return connection.getInputStream();
    }
}
