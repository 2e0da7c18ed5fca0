package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Bot API parameters the ways the server accepts them: URL query, {@code application/x-www-form-urlencoded},
 * {@code application/json} and {@code multipart/form-data}, for GET and POST alike.
 *
 * <p>Query parameters come first; a body parameter with the same name does not replace one from the query.
 */
final class RequestParams {

    private RequestParams() {}

    /**
     * The merged parameters.
     *
     * @throws ApiError 400 when a JSON body is not a JSON object
     */
    static JsonObject parse(String rawQuery, String contentType, byte[] body) {
        Map<String, Json> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            putUrlEncoded(params, rawQuery);
        }
        if (body.length == 0) {
            return Json.object(params);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            putJson(params, new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("multipart/form-data")) {
            MultipartForm.fields(contentType, body).forEach((k, v) -> params.putIfAbsent(k, Json.of(v)));
        } else if (type.startsWith("application/x-www-form-urlencoded") || type.isEmpty()) {
            putUrlEncoded(params, new String(body, StandardCharsets.UTF_8));
        }
        return Json.object(params);
    }

    private static void putUrlEncoded(Map<String, Json> params, String encoded) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, Json.of(value));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static void putJson(Map<String, Json> params, String text) {
        JsonObject object;
        try {
            object = Json.parseObject(text);
        } catch (JsonException e) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        object.members().forEach(params::putIfAbsent);
    }
}
