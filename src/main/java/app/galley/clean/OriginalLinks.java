package app.galley.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repost's line that points to where the story first ran: {@code 原文網址：https://…}, the line a
 * Taiwanese site adds to copied text ({@code 原文網址: 標題 | ETtoday新聞雲 https://…}), {@code 原文链接：},
 * {@code Original article: https://…}, {@code Read the original article: …}. The outlet is the name the
 * line gives before the address, else the one whose domain the address is on ({@code outlets.tsv}),
 * else unknown: an address alone is never turned into a guessed name.
 */
public final class OriginalLinks {

    /** What such a line says: the address, and the outlet if it names or implies one (else null). */
    public record Link(String url, String outlet) {
    }

    private static final Pattern LINE = Pattern.compile("^[（(]?\\s*(?:原文網址|原文网址|原文連結|原文链接|原文地址|原文出處|原文出处"
            + "|文章網址|文章网址|本文網址|本文网址|(?i:original (?:article|story|link|url)|read the original(?: article| story)?"
            + "|source (?:link|url)))\\s*[:：]?\\s*(.*?)\\s*(https?://[^\\s）)]+)\\s*[）)]?$");
    /** {@code 標題 | OUTLET} or {@code 標題 - OUTLET} before the address: the outlet is the last part. */
    private static final Pattern TITLE_AND_OUTLET = Pattern.compile(".*[|｜]\\s*([^|｜]{2,30}?)\\s*$");
    private static final Map<String, String> OUTLETS = load();

    private OriginalLinks() {
    }

    /** The link such a line gives, or null when the line is not one. */
    public static Link read(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String url = m.group(2).replaceFirst("[。.,，]+$", "");
        Matcher named = TITLE_AND_OUTLET.matcher(m.group(1));
        String outlet = named.matches() ? named.group(1).strip() : outletOf(url);
        return new Link(url, outlet);
    }

    /** The outlet a story's address is on, by its domain, or null for one not in the list. */
    public static String outletOf(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            String name = OUTLETS.get(h); // the longest domain first: money.udn.com before udn.com
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** True for a name the outlet list gives (中央社, Reuters). */
    static boolean isKnownName(String name) {
        return OUTLETS.containsValue(name);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = OriginalLinks.class.getResourceAsStream("outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.tsv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && parts.length == 2) {
                    out.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
