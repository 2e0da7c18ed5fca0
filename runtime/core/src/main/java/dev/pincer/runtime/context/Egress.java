package dev.pincer.runtime.context;

import dev.pincer.spi.Clock;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.WebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An integration's HTTP egress: only to the manifest's hosts, only over https, secrets filled in only
 * for the hosts they are bound to, redirects never followed, every request recorded.
 *
 * <p>{@code hostOverrides} sends requests for a host to another base URI instead (the conformance
 * suite maps {@code api.telegram.org} to {@code http://127.0.0.1:PORT}), keeping path and query; an
 * overridden host may be reached over plain http. Failures become {@link EgressException}s whose
 * messages are composed here and redacted. Thread-safe.
 */
public final class Egress implements Http, AutoCloseable {

    /** The default limit on a response body: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final SecretVault vault;
    private final Clock clock;
    private final long maxResponseBytes;
    private final EgressRules rules;
    private final HttpClient client;
    private final java.util.ArrayDeque<EgressRecord> records = new java.util.ArrayDeque<>();
    private int maxRecords = Integer.MAX_VALUE;
    private volatile EgressGate gate = EgressGate.open();
    private final Set<CompletableFuture<?>> inFlight = new HashSet<>();
    private final List<WebSocketConnection> sockets = new ArrayList<>();
    private boolean closed;

    /** Egress with the default response limit of 16 MiB. */
    public Egress(String integrationName, List<String> allowedHosts, SecretVault vault, Map<String, URI> hostOverrides,
            Clock clock) {
        this(integrationName, allowedHosts, vault, hostOverrides, clock, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /**
     * Egress for one integration.
     *
     * @param integrationName the manifest's name, for messages
     * @param allowedHosts the manifest's egress hosts
     * @param vault the integration's secrets
     * @param hostOverrides hosts to the base URI their requests go to instead; empty in production
     * @param clock stamps the records
     * @param maxResponseBytes the largest response body accepted
     */
    public Egress(String integrationName, List<String> allowedHosts, SecretVault vault, Map<String, URI> hostOverrides,
            Clock clock, long maxResponseBytes) {
        Objects.requireNonNull(integrationName, "integrationName");
        List<String> hosts = Objects.requireNonNull(allowedHosts, "allowedHosts").stream()
                .map(host -> host.toLowerCase(Locale.ROOT)).toList();
        this.vault = Objects.requireNonNull(vault, "vault");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        Map<String, URI> overrides = new LinkedHashMap<>();
        Objects.requireNonNull(hostOverrides, "hostOverrides").forEach((host, base) -> {
            if (!base.isAbsolute() || base.getHost() == null || base.getRawQuery() != null) {
                throw new IllegalArgumentException("host override for " + host + " must be an absolute http(s) URI "
                        + "with a host and no query, such as http://127.0.0.1:8080, was " + base);
            }
            overrides.put(host.toLowerCase(Locale.ROOT), base);
        });
        this.rules = new EgressRules(integrationName, hosts, vault, Map.copyOf(overrides));
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    @Override
    public HttpResponse send(HttpRequest request) throws InterruptedException {
        Objects.requireNonNull(request, "request");
        Instant at = clock.now();
        String host = EgressRules.lowerHost(request.uri());
        String shown = request.method() + " " + vault.redact(request.uri().toString());
        try {
            java.net.http.HttpRequest outbound = rules.prepare(request, host, shown);
            pass(request.method(), host, request.uri().getRawPath(), shown);
            HttpResponse response = exchange(outbound, request, shown);
            record(at, request, host, response.status(), "response");
            return response;
        } catch (EgressException e) {
            EgressException redacted = new EgressException(e.kind(), vault.redact(String.valueOf(e.getMessage())));
            record(at, request, host, -1, outcome(redacted));
            throw redacted;
        } catch (InterruptedException e) {
            record(at, request, host, -1, "interrupted");
            throw e;
        }
    }

    private HttpResponse exchange(java.net.http.HttpRequest outbound, HttpRequest request, String shown)
            throws InterruptedException {
        CompletableFuture<java.net.http.HttpResponse<byte[]>> future;
        synchronized (inFlight) {
            if (closed) {
                throw new EgressException(EgressException.Kind.REFUSED,
                        shown + " was not sent: the integration is stopping");
            }
            future = client.sendAsync(outbound, new BoundedBodyHandler(maxResponseBytes));
            inFlight.add(future);
        }
        try {
            java.net.http.HttpResponse<byte[]> response = future.get(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return new HttpResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw EgressFailures.timeout(shown, request.timeout());
        } catch (CancellationException e) {
            throw EgressFailures.stopping(shown);
        } catch (ExecutionException e) {
            throw EgressFailures.of(e.getCause(), shown, request.timeout(), closedNow());
        } catch (IllegalArgumentException e) {
            throw new EgressException(EgressException.Kind.NETWORK, shown + " failed: the response was not valid HTTP ("
                    + e.getMessage() + ")");
        } finally {
            synchronized (inFlight) {
                inFlight.remove(future);
            }
        }
    }

    @Override
    public WebSocket openWebSocket(URI uri, Map<String, List<String>> headers) throws InterruptedException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("uri must be absolute with a host, was " + vault.redact(uri.toString()));
        }
        Instant at = clock.now();
        String host = EgressRules.lowerHost(uri);
        String shown = "WEBSOCKET " + vault.redact(uri.toString());
        try {
            EgressRules.WebSocketTarget target = rules.prepareWebSocket(uri, headers, host, shown);
            pass("WEBSOCKET", host, uri.getRawPath(), shown);
            WebSocketConnection connection = new WebSocketConnection(vault, host, new Waits(clock));
            java.net.http.WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT);
            target.headers().forEach(builder::header);
            CompletableFuture<java.net.http.WebSocket> opening;
            synchronized (inFlight) {
                if (closed) {
                    throw new EgressException(EgressException.Kind.REFUSED, shown + " was not opened: the integration is stopping");
                }
                opening = builder.buildAsync(target.uri(), connection);
                inFlight.add(opening);
            }
            try {
                connection.attach(opening.get(CONNECT_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS));
            } catch (InterruptedException e) {
                opening.cancel(true);
                throw e;
            } catch (TimeoutException e) {
                opening.cancel(true);
                throw EgressFailures.timeout(shown, CONNECT_TIMEOUT);
            } catch (CancellationException e) {
                throw EgressFailures.stopping(shown);
            } catch (ExecutionException e) {
                throw EgressFailures.of(e.getCause(), shown, CONNECT_TIMEOUT, closedNow());
            } finally {
                synchronized (inFlight) {
                    inFlight.remove(opening);
                }
            }
            synchronized (inFlight) {
                if (closed) {
                    connection.abort();
                } else {
                    sockets.add(connection);
                }
            }
            recordWebSocket(at, uri, host, headers, 101, "websocket");
            return connection;
        } catch (EgressException e) {
            EgressException redacted = new EgressException(e.kind(), vault.redact(String.valueOf(e.getMessage())));
            recordWebSocket(at, uri, host, headers, -1, outcome(redacted));
            throw redacted;
        }
    }

    private void recordWebSocket(Instant at, URI uri, String host, Map<String, List<String>> headers, int status, String outcome) {
        EgressRecord record = new EgressRecord(at, "WEBSOCKET", uri, host, headers, new byte[0], CONNECT_TIMEOUT, status, outcome);
        synchronized (records) {
            records.addLast(record);
            if (records.size() > maxRecords) {
                records.removeFirst();
            }
        }
    }

    private boolean closedNow() {
        synchronized (inFlight) {
            return closed;
        }
    }

    private static String outcome(EgressException e) {
        return switch (e.kind()) {
            case REFUSED -> "refused: " + e.getMessage();
            case NETWORK -> "network: " + e.getMessage();
            case TIMEOUT -> "timeout";
            case TOO_LARGE -> "too large: " + e.getMessage();
        };
    }

    private void record(Instant at, HttpRequest request, String host, int status, String outcome) {
        EgressRecord record = new EgressRecord(at, request.method(), request.uri(), host, request.headers(),
                request.body(), request.timeout(), status, outcome);
        synchronized (records) {
            records.addLast(record);
            if (records.size() > maxRecords) {
                records.removeFirst();
            }
        }
    }

    /**
     * Keeps only the newest {@code max} records from now on, for a long-running process; all are kept by default,
     * as conformance checks need them.
     */
    public Egress keepingLastRecords(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        synchronized (records) {
            maxRecords = max;
        }
        return this;
    }

    /**
     * Has {@code gate} decide every request from now on, after the manifest's hosts allowed it.
     *
     * @return this egress
     */
    public Egress gatedBy(EgressGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
        return this;
    }

    private void pass(String method, String host, String path, String shown) {
        Optional<String> refusal;
        try {
            refusal = gate.refusal(method, host, path == null ? "" : path);
        } catch (RuntimeException e) {
            refusal = Optional.of("the owner's policy could not decide (" + e.getMessage() + ")");
        }
        if (refusal.isPresent()) {
            throw new EgressException(EgressException.Kind.REFUSED, shown + " was refused: " + refusal.get());
        }
    }

    /** Every request so far (or the newest, see {@link #keepingLastRecords}), refused ones included, in the order they finished. */
    public List<EgressRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /**
     * Cancels every request in flight and refuses new ones; their callers get an {@link EgressException}
     * of kind NETWORK ("cancelled: the integration is stopping"). Idempotent.
     */
    @Override
    public void close() {
        List<CompletableFuture<?>> cancelled;
        synchronized (inFlight) {
            if (closed) {
                return;
            }
            closed = true;
            cancelled = List.copyOf(inFlight);
        }
        cancelled.forEach(future -> future.cancel(true));
        List<WebSocketConnection> open;
        synchronized (inFlight) {
            open = List.copyOf(sockets);
        }
        open.forEach(WebSocketConnection::abort);
        client.shutdownNow();
    }

    @Override
    public String toString() {
        return "Egress[" + records().size() + " requests]";
    }
}
