package dev.pincer.conformance.fake.github;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The endpoints the fake serves under {@code /repos/{owner}/{repo}}, answering as GitHub does. */
final class Endpoints {
    /** An answer: status, extra headers and body. */
    record Reply(int status, Map<String, String> headers, String body) {}

    private static final String ISSUE_DOCS = "https://docs.github.com/rest/issues/issues";
    private static final String COMMENT_DOCS = "https://docs.github.com/rest/issues/comments#create-an-issue-comment";

    private final Store store;
    private final Supplier<URI> api;
    private final Supplier<Instant> clock;
    private final String login;

    Endpoints(Store store, Supplier<URI> api, Supplier<Instant> clock, String login) {
        this.store = store;
        this.api = api;
        this.clock = clock;
        this.login = login;
    }

    /** Answers {@code method} on the segments after {@code /repos/}: owner, repo, then the rest. */
    Reply answer(String method, List<String> segments, Map<String, String> query, String body) {
        if (segments.size() < 2) {
            return notFound();
        }
        Optional<Store.Repo> found = store.repo(segments.get(0), segments.get(1));
        if (found.isEmpty()) {
            return notFound();
        }
        Store.Repo repo = found.get();
        List<String> rest = segments.subList(2, segments.size());
        String route = method + " " + String.join("/", rest.stream().map(s -> s.matches("\\d+") ? "#" : s).toList());
        return switch (route) {
            case "GET " -> ok(200, GitHubJson.repository(api.get(), repo, openIssues(repo), clock.get()).toString());
            case "GET issues" -> issuesDisabled(repo).orElseGet(() -> list(repo, query));
            case "POST issues" -> issuesDisabled(repo).orElseGet(() -> create(repo, body));
            case "GET issues/#" -> issuesDisabled(repo).orElseGet(() -> issue(repo, number(rest.get(1)))
                    .map(i -> ok(200, GitHubJson.issue(api.get(), repo, i).toString())).orElseGet(Endpoints::notFound));
            case "GET issues/#/comments" -> issue(repo, number(rest.get(1))).map(i -> ok(200, GitHubJson.array(
                    store.comments(repo.owner(), repo.name(), i.number()).stream()
                            .map(c -> GitHubJson.comment(api.get(), repo, c)).toList()).toString()))
                    .orElseGet(Endpoints::notFound);
            case "POST issues/#/comments" -> issuesDisabled(repo).orElseGet(() -> issue(repo, number(rest.get(1)))
                    .map(i -> comment(repo, i, body)).orElseGet(Endpoints::notFound));
            default -> notFound();
        };
    }

    private Reply list(Store.Repo repo, Map<String, String> query) {
        String state = query.getOrDefault("state", "open");
        int perPage = Math.max(1, Math.min(100, intParam(query.get("per_page"), 30)));
        int page = Math.max(1, intParam(query.get("page"), 1));
        List<Store.Issue> matching = store.issues(repo.owner(), repo.name()).stream()
                .filter(i -> state.equals("all") || (state.equals("closed") ? !i.open() : i.open())).toList();
        int from = Math.min(matching.size(), (page - 1) * perPage);
        List<Store.Issue> slice = matching.subList(from, Math.min(matching.size(), from + perPage));
        Map<String, String> headers = new LinkedHashMap<>();
        if (from + perPage < matching.size()) {
            String base = api.get() + "/repos/" + repo.owner() + "/" + repo.name() + "/issues?state=" + state + "&per_page=" + perPage;
            int last = (matching.size() + perPage - 1) / perPage;
            headers.put("link", "<" + base + "&page=" + (page + 1) + ">; rel=\"next\", <" + base + "&page=" + last + ">; rel=\"last\"");
        }
        return new Reply(200, headers, GitHubJson.array(slice.stream().map(i -> GitHubJson.issue(api.get(), repo, i)).toList()).toString());
    }

    private Reply create(Store.Repo repo, String body) {
        JsonObject fields;
        try {
            fields = parseObject(body);
        } catch (BadBody e) {
            return e.reply;
        }
        Optional<String> title = fields.get("title").filter(JsonString.class::isInstance).map(t -> ((JsonString) t).value());
        if (title.isEmpty() || title.get().isEmpty()) {
            return new Reply(422, Map.of(), GitHubJson.validationFailed("Issue", "title", "missing_field", null, ISSUE_DOCS + "#create-an-issue"));
        }
        if (title.get().codePointCount(0, title.get().length()) > 256) {
            return tooLong("Issue", "title", 256, ISSUE_DOCS + "#create-an-issue");
        }
        Optional<String> text = fields.optString("body");
        if (text.isPresent() && text.get().length() > 65536) {
            return tooLong("Issue", "body", 65536, ISSUE_DOCS + "#create-an-issue");
        }
        List<String> labels = new ArrayList<>();
        if (fields.has("labels")) {
            if (!(fields.members().get("labels") instanceof JsonArray array)
                    || !array.elements().stream().allMatch(JsonString.class::isInstance)) {
                return new Reply(422, Map.of(), GitHubJson.validationFailed("Issue", "labels", "invalid", null, ISSUE_DOCS + "#create-an-issue"));
            }
            array.elements().forEach(l -> labels.add(((JsonString) l).value()));
        }
        Store.Issue issue = store.addIssue(repo.owner(), repo.name(), title.get(), text.orElse(null), login, labels, true, false, clock.get());
        JsonObject json = GitHubJson.issue(api.get(), repo, issue);
        return new Reply(201, Map.of("location", json.string("url")), json.toString());
    }

    private Reply comment(Store.Repo repo, Store.Issue issue, String body) {
        JsonObject fields;
        try {
            fields = parseObject(body);
        } catch (BadBody e) {
            return e.reply;
        }
        Optional<String> text = fields.get("body").filter(JsonString.class::isInstance).map(t -> ((JsonString) t).value());
        if (text.isEmpty() || text.get().isEmpty()) {
            return new Reply(422, Map.of(), GitHubJson.validationFailed("IssueComment", "body", "missing_field", null, COMMENT_DOCS));
        }
        if (text.get().length() > 65536) {
            return tooLong("IssueComment", "body", 65536, COMMENT_DOCS);
        }
        Store.Comment comment = store.addComment(repo.owner(), repo.name(), issue.number(), text.get(), login, clock.get());
        JsonObject json = GitHubJson.comment(api.get(), repo, comment);
        return new Reply(201, Map.of("location", json.string("url")), json.toString());
    }

    private static final class BadBody extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Reply reply;

        BadBody(Reply reply) {
            super(reply.body(), null, false, false);
            this.reply = reply;
        }
    }

    private static JsonObject parseObject(String body) throws BadBody {
        try {
            if (Json.parse(body) instanceof JsonObject object) {
                return object;
            }
            throw new BadBody(new Reply(400, Map.of(), GitHubJson.error(400, "Body should be a JSON object", GitHubJson.GENERIC_DOCS)));
        } catch (JsonException e) {
            throw new BadBody(new Reply(400, Map.of(), GitHubJson.error(400, "Problems parsing JSON", GitHubJson.GENERIC_DOCS)));
        }
    }

    private static Reply tooLong(String resource, String field, int maximum, String docs) {
        return new Reply(422, Map.of(), GitHubJson.validationFailed(resource, field, "custom",
                field + " is too long (maximum is " + maximum + " characters)", docs));
    }

    private Optional<Reply> issuesDisabled(Store.Repo repo) {
        return repo.issuesEnabled() ? Optional.empty()
                : Optional.of(new Reply(410, Map.of(), GitHubJson.error(410, "Issues are disabled for this repo", "https://docs.github.com/v3/issues/")));
    }

    private Optional<Store.Issue> issue(Store.Repo repo, int number) {
        return store.issue(repo.owner(), repo.name(), number);
    }

    private int openIssues(Store.Repo repo) {
        return (int) store.issues(repo.owner(), repo.name()).stream().filter(Store.Issue::open).count();
    }

    private static int number(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int intParam(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Reply notFound() {
        return new Reply(404, Map.of(), GitHubJson.error(404, "Not Found", GitHubJson.GENERIC_DOCS));
    }

    private static Reply ok(int status, String body) {
        return new Reply(status, Map.of(), body);
    }
}
