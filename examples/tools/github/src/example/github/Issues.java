package example.github;

import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.List;

/** The four actions: their requests, and their results built from GitHub's answers as the profile defines them. */
final class Issues {
    private final Caller caller;

    Issues(Caller caller) {
        this.caller = caller;
    }

    ToolOutcome list(Target target, JsonObject args) throws InterruptedException {
        String state = args.optString("state").orElse("open");
        long limit = args.optLong("limit").orElse(30L);
        Reply reply = caller.read(target, "listing the issues", target.path("/issues") + "?state=" + state + "&per_page=" + limit);
        return done(reply, body -> {
            List<Json> issues = new ArrayList<>();
            for (JsonObject item : asArray(body).objects()) {
                if (!item.members().containsKey("pull_request")) {
                    issues.add(summary(item).build());
                }
            }
            return Json.object().put("issues", Json.array(issues)).build();
        });
    }

    ToolOutcome get(Target target, JsonObject args) throws InterruptedException {
        long number = args.longValue("number");
        Reply reply = caller.read(target, "reading issue #" + number, target.path("/issues/" + number));
        return done(reply, body -> {
            JsonObject issue = asObject(body);
            return summary(issue).put("body", issue.optString("body").orElse(""))
                    .put("is_pull_request", issue.members().containsKey("pull_request")).build();
        });
    }

    ToolOutcome create(Target target, JsonObject args) throws InterruptedException {
        JsonObject.Builder fields = Json.object().put("title", args.string("title"));
        args.get("body").ifPresent(body -> fields.put("body", body));
        args.get("labels").ifPresent(labels -> fields.put("labels", labels));
        Reply reply = caller.change(target, "creating an issue", target.path("/issues"), fields.build());
        return done(reply, body -> {
            JsonObject issue = asObject(body);
            return Json.object().put("number", issue.longValue("number")).put("url", issue.string("html_url")).build();
        });
    }

    ToolOutcome comment(Target target, JsonObject args) throws InterruptedException {
        long number = args.longValue("number");
        JsonObject fields = Json.object().put("body", args.string("body")).build();
        Reply reply = caller.change(target, "commenting on issue #" + number, target.path("/issues/" + number + "/comments"), fields);
        return done(reply, body -> {
            JsonObject comment = asObject(body);
            return Json.object().put("id", comment.longValue("id")).put("url", comment.string("html_url")).build();
        });
    }

    /** The members a listed issue and a single issue share. */
    private static JsonObject.Builder summary(JsonObject issue) {
        List<Json> labels = new ArrayList<>();
        for (Json label : issue.optArray("labels").map(JsonArray::elements).orElse(List.of())) {
            labels.add(label instanceof JsonObject object ? Json.of(object.string("name")) : (JsonString) label);
        }
        String author = issue.optObject("user").map(user -> user.string("login")).orElse("");
        return Json.object().put("number", issue.longValue("number")).put("title", issue.string("title"))
                .put("state", issue.string("state")).put("author", author).put("labels", Json.array(labels))
                .put("comments", issue.longValue("comments")).put("url", issue.string("html_url"));
    }

    private interface Mapping {
        Json apply(Json body);
    }

    /** The result of {@code reply}, or why GitHub's answer could not be read. */
    private static ToolOutcome done(Reply reply, Mapping mapping) {
        if (reply instanceof Reply.Final end) {
            return end.outcome();
        }
        try {
            return new ToolOutcome.Done(mapping.apply(((Reply.Data) reply).body()));
        } catch (JsonException | ClassCastException e) {
            return new ToolOutcome.Failed("GitHub's answer does not have the expected shape (" + e.getMessage() + ")");
        }
    }

    private static JsonArray asArray(Json body) {
        if (body instanceof JsonArray array) {
            return array;
        }
        throw new JsonException("expected a list of issues but found " + body.kind());
    }

    private static JsonObject asObject(Json body) {
        if (body instanceof JsonObject object) {
            return object;
        }
        throw new JsonException("expected an object but found " + body.kind());
    }
}
