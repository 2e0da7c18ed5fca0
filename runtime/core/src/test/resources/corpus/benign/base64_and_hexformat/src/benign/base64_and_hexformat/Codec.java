package benign.base64_and_hexformat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

public final class Codec {
    private Codec() {}

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] urlSafe(String token) {
        return Base64.getUrlDecoder().decode(token);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }

    public static String decode(ByteBuffer buffer) {
        return StandardCharsets.UTF_8.decode(buffer).toString() + Charset.forName("ISO-8859-1").name();
    }
}
