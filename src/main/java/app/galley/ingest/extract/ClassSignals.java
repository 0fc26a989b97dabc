package app.galley.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What an element's class and id say about it ("comments", "article-body" ...), worked out once per
 * distinct class/id string of a page: pages repeat the same few class names thousands of times.
 */
final class ClassSignals {

    static final int COMMENTS = 1;
    static final int STRONGLY_UNLIKELY = 1 << 1;
    static final int UNLIKELY = 1 << 2;
    static final int MAYBE = 1 << 3;
    static final int BYLINE = 1 << 4;
    static final int POSITIVE = 1 << 5;
    static final int NEGATIVE = 1 << 6;

    private static final Pattern COMMENTS_RE = Pattern.compile("comment|disqus|replies|respond");
    /** Never article text, whatever else the class says (e.g. "article-related"). */
    private static final Pattern STRONGLY_UNLIKELY_RE = Pattern.compile(
            "related|recommend|share|sharing|social|newsletter|subscribe|signup|promo|outbrain|taboola|"
                    + "most-?popular|trending|more-stories|author-?bio|gallery|slideshow|carousel|lightbox|"
                    + "tag-?list|breadcrumb|cookie|consent|paywall|sponsor|advert|\\bads?\\b|ad-slot|ad-container");
    /** Usually not article text, unless the class also says content. */
    private static final Pattern UNLIKELY_RE = Pattern.compile(
            "-ad-|ai2html|banner|read-?more|combx|community|cover-wrap|extra|footer|gdpr|header|legends|menu|"
                    + "remark|rss|shoutbox|sidebar|skyscraper|supplemental|ad-break|agegate|pagination|pager|popup|"
                    + "yom-remote|toolbar|print|skip|modal|overlay|keywords|copyright");
    private static final Pattern MAYBE_RE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post");
    private static final Pattern BYLINE_RE = Pattern.compile(
            "byline|author|dateline|timestamp|publish|posted|updated|article-?date|(^|\\W)date(\\W|$)|time-?stamp");
    private static final Pattern POSITIVE_RE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text");
    private static final Pattern NEGATIVE_RE = Pattern.compile(
            "-ad-|\\bads?\\b|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|"
                    + "footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
                    + "skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|recommend|trending|popular");

    /** Signals per class token, shared by all pages: the same names recur across sites. */
    private static final Map<String, Integer> TOKENS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;
    private final Map<String, Integer> cache = new HashMap<>();

    /** The signals of a class or id string (or both joined by a space): those of its tokens together. */
    int of(String classOrId) {
        if (classOrId.isBlank()) {
            return 0;
        }
        Integer known = cache.get(classOrId);
        if (known != null) {
            return known;
        }
        int f = 0;
        int start = 0;
        int n = classOrId.length();
        while (start < n) {
            while (start < n && Character.isWhitespace(classOrId.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(classOrId.charAt(end))) {
                end++;
            }
            String token = classOrId.substring(start, end);
            start = end;
            if (!token.isEmpty()) {
                Integer t = TOKENS.get(token);
                if (t == null) {
                    t = compute(token);
                    if (TOKENS.size() < MAX_CACHED) {
                        TOKENS.put(token, t);
                    }
                }
                f |= t;
            }
        }
        cache.put(classOrId, f);
        return f;
    }

    private static int compute(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        int f = 0;
        f |= COMMENTS_RE.matcher(s).find() ? COMMENTS : 0;
        f |= STRONGLY_UNLIKELY_RE.matcher(s).find() ? STRONGLY_UNLIKELY : 0;
        f |= UNLIKELY_RE.matcher(s).find() ? UNLIKELY : 0;
        f |= MAYBE_RE.matcher(s).find() ? MAYBE : 0;
        f |= BYLINE_RE.matcher(s).find() ? BYLINE : 0;
        f |= POSITIVE_RE.matcher(s).find() ? POSITIVE : 0;
        f |= NEGATIVE_RE.matcher(s).find() ? NEGATIVE : 0;
        return f;
    }

    static boolean has(int signals, int flag) {
        return (signals & flag) != 0;
    }
}
