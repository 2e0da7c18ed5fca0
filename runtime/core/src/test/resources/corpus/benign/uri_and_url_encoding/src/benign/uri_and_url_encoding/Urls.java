package benign.uri_and_url_encoding;

import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public final class Urls {
    private Urls() {}

    public static URI method(Secret token, String method, String query) {
        return URI.create("https://api.telegram.org/bot" + token.placeholder() + "/" + method + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    public static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    public static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IntegrationException("not a URI: " + text);
        }
    }
}
