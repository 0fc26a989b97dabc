package app.galley.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches web pages and feeds over HTTP(S) with the JDK's client: a timeout, redirects followed, a
 * size cap, and the charset the server names. Problems say whether trying again later may help.
 */
public final class WebFetcher {

    /** A fetched document. */
    public record Fetched(URI uri, byte[] body, String mediaType, String charset) {
    }

    /** A fetch that failed; {@code retryable} for the network, timeouts and server errors. */
    public static final class FetchProblem extends ImportProblem {
        private final boolean retryable;

        public FetchProblem(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)");
    private final Duration timeout;
    private final long maxBytes;
    /** Made at the first fetch: building the JDK's client (its SSL context) takes a quarter of a second. */
    private HttpClient client;

    public WebFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    public static WebFetcher standard() {
        return new WebFetcher(Duration.ofSeconds(20), 20L * 1024 * 1024);
    }

    /** Checks an address a user typed: absolute http or https. */
    public static URI parse(String address) throws ImportProblem {
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ImportProblem("not a web address (http:// or https://)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ImportProblem("not a valid web address: " + e.getMessage());
        }
    }

    /**
     * Fetches {@code uri}. The whole answer, headers and body, must arrive within the deadline (three
     * times the timeout): a server that sends its body a byte at a time cannot hold an import. A
     * malformed answer (a bad Content-Length, say) is this address's error, never the batch's.
     */
    public Fetched fetch(URI uri) throws FetchProblem {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Galley/1 (editorial workstation)")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET().build();
        Capped body = new Capped(maxBytes);
        java.util.concurrent.CompletableFuture<HttpResponse<Void>> pending = client().sendAsync(request, info -> {
            String declared = info.headers().firstValue("Content-Length").orElse("").strip();
            if (!declared.isEmpty() && !declared.matches("\\d{1,18}")) {
                body.refuse(new FetchProblem("the server sent a bad Content-Length (\"" + abbreviate(declared) + "\")", false));
                return HttpResponse.BodySubscribers.replacing(null);
            }
            if (!declared.isEmpty() && Long.parseLong(declared) > maxBytes) {
                body.refuse(new FetchProblem("too large: " + InputCheck.size(Long.parseLong(declared))
                        + " (the limit is " + InputCheck.size(maxBytes) + ")", false));
                return HttpResponse.BodySubscribers.replacing(null);
            }
            return HttpResponse.BodySubscribers.fromSubscriber(body, b -> null);
        });
        HttpResponse<Void> response = null;
        long end = System.nanoTime() + deadline().toNanos();
        try {
            while (response == null) {
                try {
                    response = pending.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (body.tooLarge) {
                        pending.cancel(true);
                        throw new FetchProblem("too large: more than " + InputCheck.size(maxBytes), false);
                    }
                    if (System.nanoTime() > end) {
                        pending.cancel(true);
                        body.cancel();
                        throw new FetchProblem("the whole answer did not arrive within " + deadline().toSeconds() + " s", true);
                    }
                }
            }
        } catch (InterruptedException e) {
            pending.cancel(true);
            body.cancel();
            Thread.currentThread().interrupt();
            throw new FetchProblem("interrupted", true);
        } catch (java.util.concurrent.ExecutionException e) {
            throw problem(e.getCause());
        }
        if (body.refused != null) {
            throw body.refused;
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429 || status == 408) {
            throw new FetchProblem("the server answered " + status, true);
        }
        if (status >= 400) {
            throw new FetchProblem("the server answered " + status + (status == 404 ? " (not found)" : ""), false);
        }
        byte[] bytes = body.bytes();
        if (bytes == null) {
            throw new FetchProblem("too large: more than " + InputCheck.size(maxBytes), false);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        Matcher m = CHARSET.matcher(contentType);
        String mediaType = contentType.contains(";") ? contentType.substring(0, contentType.indexOf(';')).strip()
                : contentType.strip();
        return new Fetched(response.uri(), bytes, mediaType.toLowerCase(Locale.ROOT), m.find() ? m.group(1) : null);
    }

    /** The longest a whole answer may take. */
    Duration deadline() {
        return timeout.multipliedBy(3);
    }

    private FetchProblem problem(Throwable cause) {
        if (cause instanceof FetchProblem p) {
            return p;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchProblem("could not connect within " + timeout.toSeconds() + " s", true);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchProblem("no answer within " + timeout.toSeconds() + " s", true);
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause != null && cause.getCause() instanceof ConnectException) {
            return new FetchProblem("cannot reach the server (offline?)", true);
        }
        if (cause instanceof IOException e) {
            String msg = String.valueOf(e.getMessage());
            boolean malformed = msg.toLowerCase(Locale.ROOT).contains("invalid") || msg.contains("malformed")
                    || msg.contains("Bad ") || msg.contains("header");
            return new FetchProblem((malformed ? "the server's answer was malformed: " : "network error: ")
                    + abbreviate(msg), !malformed);
        }
        // the client refused something the server sent (a header it cannot parse, say)
        return new FetchProblem("the server's answer was malformed: " + abbreviate(String.valueOf(
                cause == null ? "unknown" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())), false);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    /** Collects a body up to a size, cancelling the exchange past it or when asked. */
    private static final class Capped implements java.util.concurrent.Flow.Subscriber<java.util.List<java.nio.ByteBuffer>> {
        private final long max;
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private volatile java.util.concurrent.Flow.Subscription subscription;
        private volatile boolean tooLarge;
        private volatile FetchProblem refused;

        Capped(long max) {
            this.max = max;
        }

        void refuse(FetchProblem p) {
            refused = p;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public synchronized void onNext(java.util.List<java.nio.ByteBuffer> buffers) {
            for (java.nio.ByteBuffer b : buffers) {
                if (out.size() + (long) b.remaining() > max) {
                    tooLarge = true;
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
        }

        void cancel() {
            java.util.concurrent.Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        synchronized byte[] bytes() {
            return tooLarge ? null : out.toByteArray();
        }
    }
}
