package dev.pincer.conformance.fake.github;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The repositories, issues and comments of a {@link FakeGitHub}. Thread-safe: every method is synchronized. */
final class Store {

    record Repo(String owner, String name, long id, boolean issuesEnabled) {}

    /** An issue or pull request; {@code body} may be null, as on GitHub. */
    record Issue(int number, long id, String title, String body, String author, List<String> labels, boolean open,
            boolean pullRequest, int comments, Instant createdAt) {
        Issue withComments(int count) {
            return new Issue(number, id, title, body, author, labels, open, pullRequest, count, createdAt);
        }
    }

    record Comment(long id, int issueNumber, String body, String author, Instant createdAt) {}

    private final Map<String, Repo> repos = new LinkedHashMap<>();
    private final Map<String, List<Issue>> issues = new LinkedHashMap<>();
    private final Map<String, List<Comment>> comments = new LinkedHashMap<>();
    private long nextId = 1_000_001;

    private static String key(String owner, String name) {
        return (owner + "/" + name).toLowerCase(Locale.ROOT); // GitHub matches owner and repository names case-insensitively
    }

    synchronized Repo addRepo(String owner, String name) {
        Repo repo = new Repo(owner, name, nextId++, true);
        repos.put(key(owner, name), repo);
        issues.put(key(owner, name), new ArrayList<>());
        return repo;
    }

    synchronized void disableIssues(String owner, String name) {
        Repo repo = require(owner, name);
        repos.put(key(owner, name), new Repo(repo.owner(), repo.name(), repo.id(), false));
    }

    synchronized Optional<Repo> repo(String owner, String name) {
        return Optional.ofNullable(repos.get(key(owner, name)));
    }

    synchronized Issue addIssue(String owner, String name, String title, String body, String author, List<String> labels,
            boolean open, boolean pullRequest, Instant at) {
        List<Issue> list = issues.get(key(require(owner, name).owner(), name));
        Issue issue = new Issue(list.size() + 1, nextId++, title, body, author, List.copyOf(labels), open, pullRequest, 0, at);
        list.add(issue);
        return issue;
    }

    /** The issues and pull requests of a repository, newest first (GitHub's default sort). */
    synchronized List<Issue> issues(String owner, String name) {
        List<Issue> list = new ArrayList<>(issues.getOrDefault(key(owner, name), List.of()));
        list.sort(Comparator.comparingInt(Issue::number).reversed());
        return list;
    }

    synchronized Optional<Issue> issue(String owner, String name, int number) {
        return issues.getOrDefault(key(owner, name), List.of()).stream().filter(i -> i.number() == number).findFirst();
    }

    synchronized Comment addComment(String owner, String name, int number, String body, String author, Instant at) {
        List<Issue> list = issues.get(key(owner, name));
        Issue issue = issue(owner, name, number).orElseThrow();
        list.set(list.indexOf(issue), issue.withComments(issue.comments() + 1));
        Comment comment = new Comment(nextId++, number, body, author, at);
        comments.computeIfAbsent(key(owner, name) + "#" + number, k -> new ArrayList<>()).add(comment);
        return comment;
    }

    synchronized List<Comment> comments(String owner, String name, int number) {
        return List.copyOf(comments.getOrDefault(key(owner, name) + "#" + number, List.of()));
    }

    private Repo require(String owner, String name) {
        Repo repo = repos.get(key(owner, name));
        if (repo == null) {
            throw new IllegalArgumentException("the fake holds no repository " + owner + "/" + name
                    + "; add it first with addRepository; it holds " + repos.keySet());
        }
        return repo;
    }
}
