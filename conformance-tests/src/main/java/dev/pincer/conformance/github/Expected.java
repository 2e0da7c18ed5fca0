package dev.pincer.conformance.github;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.List;

/** The results the profile defines (GH-ACT-001 to GH-ACT-004), built from GitHub's JSON as the fake serves it. */
final class Expected {
    private Expected() {}

    /** A {@code list_issues} element. */
    static JsonObject summary(JsonObject issue) {
        return summaryBuilder(issue).build();
    }

    /** A {@code get_issue} result. */
    static JsonObject issue(JsonObject issue) {
        return summaryBuilder(issue).put("body", issue.optString("body").orElse(""))
                .put("is_pull_request", issue.members().containsKey("pull_request")).build();
    }

    /** A {@code list_issues} result: the issues that are not pull requests, in the answer's order. */
    static JsonObject list(List<JsonObject> answer) {
        return Json.object().put("issues", Json.array(answer.stream()
                .filter(i -> !i.members().containsKey("pull_request")).map(Expected::summary).toList())).build();
    }

    private static JsonObject.Builder summaryBuilder(JsonObject issue) {
        List<JsonString> labels = issue.array("labels").objects().stream().map(l -> Json.of(l.string("name"))).toList();
        return Json.object().put("number", issue.longValue("number")).put("title", issue.string("title"))
                .put("state", issue.string("state")).put("author", issue.optObject("user").map(u -> u.string("login")).orElse(""))
                .put("labels", Json.array(labels)).put("comments", issue.longValue("comments")).put("url", issue.string("html_url"));
    }
}
