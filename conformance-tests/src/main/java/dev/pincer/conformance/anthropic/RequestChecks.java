package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.anthropic.RecordedRequest;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of what reaches the Messages API: endpoint, headers, key, timeout, messages and tools. */
final class RequestChecks {
    private RequestChecks() {}

    static List<Check<AnthropicHarness>> all() {
        return List.of(callsTheMessagesApi(), ConversationCheck.sendsTheConversation(), sendsToolDefinitions());
    }

    static Check<AnthropicHarness> callsTheMessagesApi() {
        return Check.of("calls POST https://api.anthropic.com/v1/messages with the key's placeholder, version 2023-06-01, 60-120 s",
                Set.of("ANT-API-001", "ANT-API-003", "ANT-SEC-001"), (h, v) -> {
                    h.start();
                    Object result = Observations.outcome(h, Requests.hello(256));
                    List<EgressRecord> records = h.egressRecords();
                    String placeholder = h.placeholder();
                    List<String> wrong = new ArrayList<>();
                    for (EgressRecord r : records) {
                        String problem = problem(r, placeholder);
                        if (!problem.isEmpty()) {
                            wrong.add(r.method() + " " + h.vault.redact(r.uri().toString()) + ": " + problem);
                        }
                    }
                    List<RecordedRequest> received = h.messageRequests();
                    boolean keyArrived = !received.isEmpty() && received.stream()
                            .allMatch(r -> AnthropicHarness.KEY.equals(r.header("x-api-key").orElse("")));
                    boolean streaming = received.stream().anyMatch(r -> r.bodyJson().optBool("stream").orElse(false));
                    v.expect("ANT-API-001", !records.isEmpty() && wrong.isEmpty() && keyArrived && !streaming,
                            "every request POST https://api.anthropic.com/v1/messages with x-api-key = the ANTHROPIC_API_KEY placeholder,"
                                    + " anthropic-version 2023-06-01, content-type application/json, no anthropic-beta, stream not true;"
                                    + " the fake receiving the real key",
                            () -> (wrong.isEmpty() ? "" : "requests " + wrong + "; ") + received.size()
                                    + " requests reached the fake, with the key in x-api-key: " + keyArrived + "; stream true: "
                                    + streaming + "; result " + result);
                    List<Duration> timeouts = records.stream().map(EgressRecord::timeout).toList();
                    v.expect("ANT-API-003", !timeouts.isEmpty() && timeouts.stream()
                                    .allMatch(t -> t.compareTo(Duration.ofSeconds(60)) >= 0 && t.compareTo(Duration.ofSeconds(120)) <= 0),
                            "each request's HttpRequest timeout between 60 s and 120 s",
                            () -> "timeouts " + timeouts.stream().map(Observations::seconds).toList());
                    List<String> misplaced = records.stream().flatMap(r -> misplaced(r, placeholder).stream()).toList();
                    v.expect("ANT-SEC-001", !records.isEmpty() && misplaced.isEmpty(),
                            "the key's placeholder only as the value of x-api-key: not in the URL, the body or another header",
                            () -> "the placeholder appears in " + misplaced);
                });
    }

    /** What is wrong with a request's endpoint and headers; empty when nothing is. */
    private static String problem(EgressRecord r, String placeholder) {
        List<String> problems = new ArrayList<>();
        if (!"POST".equals(r.method()) || !"https".equals(r.uri().getScheme()) || !AnthropicHarness.HOST.equals(r.host())
                || !"/v1/messages".equals(r.uri().getRawPath()) || r.uri().getRawQuery() != null) {
            problems.add("not POST https://api.anthropic.com/v1/messages");
        }
        if (!placeholder.equals(header(r, "x-api-key").orElse(""))) {
            problems.add("x-api-key is not the placeholder");
        }
        if (!"2023-06-01".equals(header(r, "anthropic-version").orElse(""))) {
            problems.add("anthropic-version is " + header(r, "anthropic-version").orElse("absent"));
        }
        if (!header(r, "content-type").orElse("").toLowerCase(Locale.ROOT).startsWith("application/json")) {
            problems.add("content-type is " + header(r, "content-type").orElse("absent"));
        }
        if (header(r, "anthropic-beta").isPresent()) {
            problems.add("anthropic-beta is sent");
        }
        return String.join(", ", problems);
    }

    private static List<String> misplaced(EgressRecord r, String placeholder) {
        List<String> places = new ArrayList<>();
        if (r.uri().toString().contains(placeholder)) {
            places.add("the URL");
        }
        if (new String(r.body(), StandardCharsets.UTF_8).contains(placeholder)) {
            places.add("the body");
        }
        for (Map.Entry<String, List<String>> header : r.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("x-api-key") && header.getValue().stream().anyMatch(x -> x.contains(placeholder))) {
                places.add("header " + header.getKey());
            }
        }
        return places;
    }

    /** The first value of a header the integration wrote, by case-insensitive name. */
    static Optional<String> header(EgressRecord r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    static Check<AnthropicHarness> sendsToolDefinitions() {
        return Check.of("sends each tool as name, description and input_schema, the schema unchanged",
                Set.of("MOD-REQ-002", "ANT-REQ-002"), (h, v) -> {
                    h.startWithProfileConfig();
                    List<ToolDefinition> tools = List.of(Requests.WEATHER, Requests.TRIP);
                    Object result = Observations.outcome(h, Requests.withTools(tools));
                    Optional<RecordedRequest> request = h.messageRequests().stream().findFirst();
                    List<JsonObject> sent = request.flatMap(r -> r.bodyJson().optArray("tools")).map(a -> objects(a))
                            .orElse(List.of());
                    boolean declared = sent.size() == tools.size();
                    for (int i = 0; declared && i < tools.size(); i++) {
                        declared = asDeclared(tools.get(i), sent.get(i));
                    }
                    boolean same = declared;
                    v.expect("MOD-REQ-002", same,
                            "the body's tools hold get_weather and plan_trip with their names, descriptions and schemas as the same JSON",
                            () -> "tools sent: " + sent);
                    int status = request.map(RecordedRequest::status).orElse(0);
                    boolean anthropicShape = same && status == 200 && sent.stream().allMatch(t -> t.members().keySet().stream()
                            .allMatch(k -> List.of("name", "description", "input_schema").contains(k)));
                    v.expect("ANT-REQ-002", anthropicShape,
                            "each tool as {name, description, input_schema}, accepted by the fake (200)",
                            () -> "the fake answered " + status + (status == 200 ? "" : ": " + request.map(RecordedRequest::responseBody)
                                    .orElse("")) + "; tools sent: " + sent + "; result " + result);
                });
    }

    /** True when a sent tool carries the definition's name, description and schema (as the same JSON). */
    private static boolean asDeclared(ToolDefinition definition, JsonObject tool) {
        return definition.name().equals(tool.optString("name").orElse(null))
                && definition.description().equals(tool.optString("description").orElse(null))
                && tool.get("input_schema").map(schema -> JsonValues.same(schema, definition.inputSchema())).orElse(false);
    }

    private static List<JsonObject> objects(dev.pincer.spi.json.JsonArray array) {
        List<JsonObject> objects = new ArrayList<>();
        array.forEach(e -> {
            if (e instanceof JsonObject o) {
                objects.add(o);
            }
        });
        return objects;
    }
}
