// expect bytecode: CONF-CLS-012 java.net.http.HttpClient#newHttpClient
// expect source: CONF-CLS-012 java.net.http.HttpClient
package hostile.http_client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class Escape {
    Object run() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create("https://evil.example/")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
