package dev.pincer.conformance.fake.telegram;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text fields of a {@code multipart/form-data} body; file parts are kept as their raw text too. */
final class MultipartForm {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]*)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private MultipartForm() {}

    static Map<String, String> fields(String contentType, byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw ApiError.badRequest("can't parse multipart/form-data: no boundary in Content-Type");
        }
        String boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(1);
        // ISO-8859-1 keeps one char per byte, so offsets stay byte offsets and values can be re-decoded as UTF-8.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int position = text.indexOf(delimiter);
        while (position >= 0) {
            int partStart = position + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, partStart);
            if (next < 0) {
                break;
            }
            readPart(text.substring(partStart, next), fields);
            position = next + 2;
        }
        return fields;
    }

    private static void readPart(String part, Map<String, String> fields) {
        int headersEnd = part.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
            return;
        }
        String headers = part.substring(0, headersEnd);
        for (String header : headers.split("\r\n")) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                Matcher name = NAME.matcher(header);
                if (name.find()) {
                    byte[] value = part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
                    fields.putIfAbsent(name.group(1), new String(value, StandardCharsets.UTF_8));
                }
            }
        }
    }
}
