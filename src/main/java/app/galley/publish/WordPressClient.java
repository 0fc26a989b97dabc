package app.galley.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The WordPress REST API ({@code /wp-json/wp/v2/}) with an Application Password: posts found by
 * slug, created and updated; tags and categories looked up by name or created. Network failures,
 * timeouts and 5xx answers are retryable; 4xx answers are not, and carry the server's message.
 */
public final class WordPressClient {

    /** A post as Galley sends it. */
    public record Post(String title, String content, String excerpt, String status, String dateGmt, String slug,
                       List<String> tags, List<String> categories) {
    }

    /** A post as the site has it. */
    public record Remote(long id, String link, String status, String slug) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String api;
    private final String authorization;
    private final Duration timeout;

    public WordPressClient(String siteUrl, String user, String applicationPassword, Duration timeout) {
        // redirects are followed by hand, and only within the site's origin: the password and the post
        // never go to another host, port or scheme
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.api = siteUrl.replaceAll("/+$", "") + "/wp-json/wp/v2/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + applicationPassword).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    /**
     * Checks the user and password before anything else, so a wrong password is reported as such
     * (otherwise the site answers as to a visitor).
     */
    public void checkLogin() throws PublishException {
        try {
            send("GET", "users/me?context=edit", null);
        } catch (Refused e) {
            throw new PublishException("the site does not accept the user or its Application Password; "
                    + e.getMessage(), false);
        }
    }

    /** The post with this slug in any status, if the site has one. */
    public Optional<Remote> findBySlug(String slug) throws PublishException {
        JsonNode list = send("GET", "posts?context=edit&status=any&slug=" + enc(slug), null);
        for (JsonNode p : list) {
            if (slug.equals(p.path("slug").asText())) {
                return Optional.of(remote(p));
            }
        }
        return Optional.empty();
    }

    /** Changes only a post's status (unpublishing moves it back to draft). */
    public Remote setStatus(long id, String status) throws PublishException {
        ObjectNode b = JSON.createObjectNode().put("status", status);
        return remote(send("POST", "posts/" + id, b));
    }


    /** The ids of terms (tags or categories) by name, created where the site has none. */
    private List<Long> terms(String taxonomy, List<String> names) throws PublishException {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(term(taxonomy, name));
        }
        return ids;
    }

    private long term(String taxonomy, String name) throws PublishException {
        for (JsonNode t : send("GET", taxonomy + "?per_page=100&search=" + enc(name), null)) {
            if (name.equalsIgnoreCase(unescape(t.path("name").asText()))) {
                return t.path("id").asLong();
            }
        }
        try {
            return send("POST", taxonomy, JSON.createObjectNode().put("name", name)).path("id").asLong();
        } catch (Refused e) {
            // created meanwhile, or the search missed it: the server names the term that exists
            if ("term_exists".equals(e.code) && e.termId > 0) {
                return e.termId;
            }
            throw e;
        }
    }

    private ObjectNode body(Post post) {
        ObjectNode b = JSON.createObjectNode();
        b.put("title", post.title());
        b.put("content", post.content());
        b.put("excerpt", post.excerpt() == null ? "" : post.excerpt());
        b.put("status", post.status());
        b.put("slug", post.slug());
        if (post.dateGmt() != null) {
            b.put("date_gmt", post.dateGmt());
        }
        return b;
    }

    /** Creates a post ({@code id} null) or updates one, with its tags and categories resolved to their ids. */
    public Remote save(Long id, Post post) throws PublishException {
        ObjectNode b = body(post);
        terms("tags", post.tags()).forEach(b.putArray("tags")::add);
        List<Long> categories = terms("categories", post.categories());
        if (!categories.isEmpty()) {
            categories.forEach(b.putArray("categories")::add);
        }
        return remote(send("POST", id == null ? "posts" : "posts/" + id, b));
    }

    private static Remote remote(JsonNode p) {
        return new Remote(p.path("id").asLong(), p.path("link").asText(null), p.path("status").asText(), p.path("slug").asText());
    }

    /** A 4xx answer: the request itself is refused. */
    private static final class Refused extends PublishException {
        final String code;
        final long termId;

        Refused(String message, String code, long termId) {
            super(message, false);
            this.code = code;
            this.termId = termId;
        }
    }

    private JsonNode send(String method, String path, JsonNode body) throws PublishException {
        URI uri = URI.create(api + path);
        for (int hop = 0; ; hop++) {
            HttpResponse<String> response = exchange(method, uri, body);
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304) {
                return answer(response);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null || hop >= 3) {
                throw new PublishException("the site redirected too often or nowhere (" + status + ")", false);
            }
            URI next = uri.resolve(location);
            if (!Credentials.origin(next.toString()).equals(Credentials.origin(uri.toString()))) {
                throw new PublishException("the site redirected to another address (" + next.getScheme() + "://"
                        + next.getAuthority() + "); the password and the post were not sent there. If the site has"
                        + " moved, change the target's address and give its password again", false);
            }
            uri = next;
        }
    }

    private HttpResponse<String> exchange(String method, URI uri, JsonNode body) throws PublishException {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body != null) {
            r.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException e) {
            throw new PublishException("the site did not answer in time (" + timeout.toSeconds() + " s)", true);
        } catch (IOException e) {
            throw new PublishException("cannot reach the site: " + (e.getMessage() == null ? e.toString() : e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted", true);
        }
        return response;
    }

    private JsonNode answer(HttpResponse<String> response) throws PublishException {
        int status = response.statusCode();
        JsonNode json;
        try {
            json = JSON.readTree(response.body().isEmpty() ? "null" : response.body());
        } catch (IOException e) {
            json = null;
        }
        if (status >= 200 && status < 300 && json != null) {
            return json;
        }
        String message = json != null && json.hasNonNull("message") ? unescape(json.get("message").asText())
                : "HTTP " + status;
        if (status >= 500 || status == 429 || status == 408 || json == null && status < 400) {
            throw new PublishException("the site failed (" + status + "): " + message, true);
        }
        String code = json == null ? "" : json.path("code").asText("");
        long termId = json == null ? 0 : json.path("data").path("term_id").asLong(0);
        throw new Refused("the site refused it (" + status + (code.isEmpty() ? "" : " " + code) + "): " + message, code, termId);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** WordPress returns names and messages with HTML entities. */
    private static String unescape(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}
