package app.galley.ingest;

import java.io.IOException;
import java.io.InputStream;
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
    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public WebFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
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

    public Fetched fetch(URI uri) throws FetchProblem {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Galley/1 (editorial workstation)")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchProblem("could not connect within " + timeout.toSeconds() + " s", true);
        } catch (HttpTimeoutException e) {
            throw new FetchProblem("no answer within " + timeout.toSeconds() + " s", true);
        } catch (ConnectException | UnknownHostException e) {
            throw new FetchProblem("cannot reach the server (offline?)", true);
        } catch (IOException e) {
            throw new FetchProblem("network error: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchProblem("interrupted", true);
        }
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            if (status >= 500 || status == 429 || status == 408) {
                throw new FetchProblem("the server answered " + status, true);
            }
            if (status >= 400) {
                throw new FetchProblem("the server answered " + status + (status == 404 ? " (not found)" : ""), false);
            }
            String declaredLength = response.headers().firstValue("Content-Length").orElse("");
            if (!declaredLength.isEmpty() && Long.parseLong(declaredLength) > maxBytes) {
                throw new FetchProblem("too large: " + InputCheck.size(Long.parseLong(declaredLength))
                        + " (the limit is " + InputCheck.size(maxBytes) + ")", false);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchProblem("too large: more than " + InputCheck.size(maxBytes), false);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Matcher m = CHARSET.matcher(contentType);
            String mediaType = contentType.contains(";") ? contentType.substring(0, contentType.indexOf(';')).strip()
                    : contentType.strip();
            return new Fetched(response.uri(), body, mediaType.toLowerCase(Locale.ROOT), m.find() ? m.group(1) : null);
        } catch (HttpTimeoutException e) {
            throw new FetchProblem("the answer stopped coming within " + timeout.toSeconds() + " s", true);
        } catch (IOException e) {
            throw new FetchProblem("network error while reading: " + e.getMessage(), true);
        } catch (NumberFormatException e) {
            throw new FetchProblem("the server sent a bad Content-Length", false);
        }
    }
}
