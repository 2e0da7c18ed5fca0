package dev.pincer.conformance.fake.github;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** GitHub's JSON: error bodies, and repositories, issues, comments, users and labels as the REST API serves them. */
final class GitHubJson {
    static final String GENERIC_DOCS = "https://docs.github.com/rest";
    static final String RATE_LIMIT_DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
    static final String PRIMARY_RATE_LIMIT = "API rate limit exceeded for user ID 1.";
    static final String SECONDARY_RATE_LIMIT =
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
    static final String NO_USER_AGENT = "Request forbidden by administrative rules. Please make sure your request has a"
            + " User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required)."
            + " Check https://developer.github.com for other possible causes.";
    private static final String WEB = "https://github.com";

    private GitHubJson() {}

    /** {@code {"message":…,"documentation_url":…,"status":"<status>"}}. */
    static String error(int status, String message, String documentationUrl) {
        return Json.object().put("message", message).put("documentation_url", documentationUrl)
                .put("status", Integer.toString(status)).build().toString();
    }

    /** A 422 body with one error; {@code message} may be null. */
    static String validationFailed(String resource, String field, String code, String message, String documentationUrl) {
        JsonObject.Builder error = Json.object().put("resource", resource).put("code", code).put("field", field);
        if (message != null) {
            error.put("message", message);
        }
        return Json.object().put("message", "Validation Failed").put("errors", Json.array(List.of(error.build())))
                .put("documentation_url", documentationUrl).put("status", "422").build().toString();
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static JsonObject user(URI api, String login, long id) {
        return Json.object().put("login", login).put("id", id).put("node_id", "U_" + id)
                .put("avatar_url", "https://avatars.githubusercontent.com/u/" + id + "?v=4")
                .put("url", api + "/users/" + login).put("html_url", WEB + "/" + login)
                .put("type", "User").put("site_admin", false).build();
    }

    static JsonObject repository(URI api, Store.Repo repo, int openIssues, Instant now) {
        String path = repo.owner() + "/" + repo.name();
        return Json.object().put("id", repo.id()).put("node_id", "R_" + repo.id()).put("name", repo.name())
                .put("full_name", path).put("private", true).put("owner", user(api, repo.owner(), repo.id() + 1))
                .put("html_url", WEB + "/" + path).put("description", JsonNull.INSTANCE).put("fork", false)
                .put("url", api + "/repos/" + path).put("issues_url", api + "/repos/" + path + "/issues{/number}")
                .put("has_issues", repo.issuesEnabled()).put("open_issues_count", openIssues)
                .put("default_branch", "main").put("visibility", "private")
                .put("created_at", time(now)).put("updated_at", time(now)).put("pushed_at", time(now))
                .put("permissions", Json.object().put("admin", true).put("maintain", true).put("push", true)
                        .put("triage", true).put("pull", true).build())
                .build();
    }

    static JsonObject issue(URI api, Store.Repo repo, Store.Issue issue) {
        String path = repo.owner() + "/" + repo.name();
        String apiIssue = api + "/repos/" + path + "/issues/" + issue.number();
        JsonObject.Builder json = Json.object().put("url", apiIssue).put("repository_url", api + "/repos/" + path)
                .put("labels_url", apiIssue + "/labels{/name}").put("comments_url", apiIssue + "/comments")
                .put("events_url", apiIssue + "/events")
                .put("html_url", WEB + "/" + path + (issue.pullRequest() ? "/pull/" : "/issues/") + issue.number())
                .put("id", issue.id()).put("node_id", (issue.pullRequest() ? "PR_" : "I_") + issue.id())
                .put("number", issue.number()).put("title", issue.title())
                .put("user", user(api, issue.author(), 9000 + issue.author().length()))
                .put("labels", Json.array(issue.labels().stream().map(name -> label(api, path, name)).toList()))
                .put("state", issue.open() ? "open" : "closed").put("locked", false)
                .put("assignee", JsonNull.INSTANCE).put("assignees", Json.array(List.of()))
                .put("milestone", JsonNull.INSTANCE).put("comments", issue.comments())
                .put("created_at", time(issue.createdAt())).put("updated_at", time(issue.createdAt()))
                .put("closed_at", issue.open() ? JsonNull.INSTANCE : Json.of(time(issue.createdAt())))
                .put("author_association", "OWNER").put("active_lock_reason", JsonNull.INSTANCE)
                .put("body", issue.body() == null ? JsonNull.INSTANCE : Json.of(issue.body()))
                .put("state_reason", issue.open() ? JsonNull.INSTANCE : Json.of("completed"));
        if (issue.pullRequest()) {
            json.put("pull_request", Json.object().put("url", api + "/repos/" + path + "/pulls/" + issue.number())
                    .put("html_url", WEB + "/" + path + "/pull/" + issue.number())
                    .put("diff_url", WEB + "/" + path + "/pull/" + issue.number() + ".diff")
                    .put("patch_url", WEB + "/" + path + "/pull/" + issue.number() + ".patch")
                    .put("merged_at", JsonNull.INSTANCE).build());
        }
        return json.build();
    }

    static JsonObject comment(URI api, Store.Repo repo, Store.Comment comment) {
        String path = repo.owner() + "/" + repo.name();
        return Json.object().put("id", comment.id()).put("node_id", "IC_" + comment.id())
                .put("url", api + "/repos/" + path + "/issues/comments/" + comment.id())
                .put("html_url", WEB + "/" + path + "/issues/" + comment.issueNumber() + "#issuecomment-" + comment.id())
                .put("issue_url", api + "/repos/" + path + "/issues/" + comment.issueNumber())
                .put("user", user(api, comment.author(), 9000 + comment.author().length()))
                .put("created_at", time(comment.createdAt())).put("updated_at", time(comment.createdAt()))
                .put("author_association", "OWNER").put("body", comment.body()).build();
    }

    private static JsonObject label(URI api, String path, String name) {
        long id = 5000 + Math.abs((long) name.hashCode() % 100000);
        return Json.object().put("id", id).put("node_id", "LA_" + id).put("url", api + "/repos/" + path + "/labels/" + name)
                .put("name", name).put("color", "ededed").put("default", false).put("description", JsonNull.INSTANCE).build();
    }

    static JsonArray array(List<JsonObject> objects) {
        return Json.array(objects);
    }

    static Map<String, String> jsonHeaders() {
        return Map.of("content-type", "application/json; charset=utf-8", "x-github-api-version-selected", "2022-11-28");
    }
}
