package app.galley.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The outlet a page marks as a story's source without a label in its text: {@code <meta name="source">},
 * or an element whose class or id says so ({@code <a class="source">新华网</a>} in a portal's date bar,
 * {@code <span class="article-source">Reuters</span>}). The weakest of the page's source signals: a
 * labelled credit or the text's own lines win over it, and it wins only over the site's own name.
 */
final class SourceMarks {

    private static final Pattern MARKED = Pattern.compile("(?i)(?:^|[\\s_-])(?:sources?|laiyuan)(?:[-_]?name)?(?:\\s|$)");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:文章|新聞|新闻|內容|内容|原文|稿件|圖文|图文)?(?:來源|来源|稿源|出處|出处)|(?i:sources?|via|from))\\s*[:：]?\\s*");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{2,4}\\s*[年/.\\-]\\s*\\d{1,2}\\s*[月/.\\-]\\s*\\d{1,2}\\s*日?|\\d{1,2}:\\d{2}(?::\\d{2})?");
    /** Words a portal puts where an outlet would be when there is none: original, this site, the web, unknown. */
    private static final Set<String> NO_OUTLET = Set.of("原创", "原創", "本站", "本網", "本网", "网络", "網路", "網絡",
            "互联网", "互聯網", "网络整理", "網路整理", "未知", "综合", "綜合", "转载", "轉載", "网友", "網友", "匿名",
            "unknown", "n/a", "none", "staff", "original");

    private SourceMarks() {
    }

    static String of(Document doc) {
        Element meta = doc.selectFirst("meta[name~=(?i)^source$][content]");
        String found = meta == null ? null : outlet(meta.attr("content"));
        if (found != null) {
            return found;
        }
        for (Element e : doc.getAllElements()) {
            if (!MARKED.matcher(e.className()).find() && !MARKED.matcher(e.id()).find()
                    && !e.attr("itemprop").equals("sourceOrganization")) {
                continue;
            }
            if (e.closest("figure, figcaption, table, [class~=(?i)caption|credit]") != null || e.text().length() > 60) {
                continue; // a picture's or a table's source, or a block of text that only has the word in its class
            }
            found = outlet(e.text());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The outlet a short marked text names (label and date dropped), or null if it does not look like one. */
    static String outlet(String text) {
        String s = DATE_OR_TIME.matcher(TextStats.normalise(text)).replaceAll(" ").strip();
        s = LABEL.matcher(s).replaceFirst("").strip();
        if (s.length() < 2 || s.length() > 30 || s.contains("://") || s.startsWith("www.")
                || NO_OUTLET.contains(s.toLowerCase(java.util.Locale.ROOT))
                || s.matches(".*[。！？!?；;，,：:|｜].*") || s.matches("[\\d\\s\\p{Punct}]+")
                || s.split("\\s+").length > 5) {
            return null;
        }
        return s;
    }
}
