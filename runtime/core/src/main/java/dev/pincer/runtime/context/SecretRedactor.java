package dev.pincer.runtime.context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds secret values, in the forms they travel in, and placeholders in text. */
final class SecretRedactor {

    /** One form of one secret: the text to look for and the name to show instead. */
    private record Form(String text, String name, boolean value) {}

    private final List<Form> forms;
    private final Map<String, String> names = new HashMap<>();
    private final Pattern pattern;

    SecretRedactor(Map<String, String> values, Map<String, String> placeholders) {
        Map<String, Form> byText = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            for (String form : encodings(value)) {
                byText.putIfAbsent(form, new Form(form, name, true));
            }
        });
        placeholders.forEach((name, placeholder) -> byText.putIfAbsent(placeholder, new Form(placeholder, name, false)));
        this.forms = byText.values().stream()
                .sorted(Comparator.comparingInt((Form form) -> form.text().length()).reversed())
                .toList();
        forms.forEach(form -> names.put(form.text(), form.name()));
        this.pattern = forms.isEmpty() ? null
                : Pattern.compile(forms.stream().map(form -> Pattern.quote(form.text())).collect(Collectors.joining("|")));
    }

    private static List<String> encodings(String value) {
        String formEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        String percentEncoded = formEncoded.replace("+", "%20");
        return List.of(value, formEncoded, percentEncoded, lowerHex(formEncoded), lowerHex(percentEncoded));
    }

    private static String lowerHex(String encoded) {
        StringBuilder lower = new StringBuilder(encoded);
        for (int i = encoded.indexOf('%'); i >= 0 && i + 2 < encoded.length(); i = encoded.indexOf('%', i + 1)) {
            lower.setCharAt(i + 1, Character.toLowerCase(encoded.charAt(i + 1)));
            lower.setCharAt(i + 2, Character.toLowerCase(encoded.charAt(i + 2)));
        }
        return lower.toString();
    }

    /** Replaces every form in one pass, longest first, so a replacement is never redacted again. */
    String redact(String text) {
        if (pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder redacted = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(redacted, Matcher.quoteReplacement("[secret:" + names.get(matcher.group()) + "]"));
        }
        return matcher.appendTail(redacted).toString();
    }

    boolean containsValue(String text) {
        return forms.stream().anyMatch(form -> form.value() && text.contains(form.text()));
    }
}
