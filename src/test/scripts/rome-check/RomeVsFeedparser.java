import com.rometools.rome.feed.synd.*;
import com.rometools.rome.io.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import com.fasterxml.jackson.databind.*;

public class RomeVsFeedparser {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        JsonNode exp = new ObjectMapper().readTree(new File(a[1]));
        int files = 0, failed = 0, countDiff = 0, items = 0, title = 0, link = 0, date = 0, dateMissing = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            var f = it.next(); files++;
            JsonNode want = f.getValue().get("entries");
            SyndFeed feed;
            try {
                SyndFeedInput in = new SyndFeedInput();
                in.setAllowDoctypes(true);
                feed = in.build(new XmlReader(root.resolve(f.getKey()).toFile()));
            } catch (Exception e) { failed++; if (want.size() > 0) countDiff++; continue; }
            List<SyndEntry> es = feed.getEntries();
            if (es.size() != want.size()) { countDiff++; continue; }
            for (int i = 0; i < es.size(); i++) {
                items++;
                SyndEntry e = es.get(i); JsonNode w = want.get(i);
                String wt = w.get("title").isNull() ? null : Jsoup.parse(w.get("title").asText()).text();
                String ot = e.getTitle() == null ? null : Jsoup.parse(e.getTitle()).text();
                if (!Objects.equals(b(wt), b(ot)) && !Objects.equals(b(w.get("title").isNull() ? null : w.get("title").asText()), b(e.getTitle()))) title++;
                String wl = w.get("link").isNull() ? null : w.get("link").asText();
                if (!Objects.equals(b(wl), b(e.getLink())) && !placeholder(e.getLink()) && !placeholder(wl)) link++;
                Long wp = w.get("published").isNull() ? null : w.get("published").asLong();
                Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
                Long op = d == null ? null : d.getTime() / 1000;
                if (!Objects.equals(wp, op)) { date++; if (op == null && wp != null) dateMissing++; }
            }
        }
        System.out.printf("Rome 2.1.0: %d files, %d refused (exception), %d with a different item count; %d items compared: title %d, link %d, date %d different (%d dates missing)%n",
                files, failed, countDiff, items, title, link, date, dateMissing);
    }
    /** Rome's own test feeds write placeholders ("rss_2.0.channel.item[0].link") where links go. */
    static boolean placeholder(String link) {
        return link != null && link.matches("(http://127\\.0\\.0\\.1/corpus/rome/)?[A-Za-z0-9_.]+\\.(channel\\.)?(feed\\.)?(item|entry)\\[\\d+\\][.^](link|href|id)(\\^href)?");
    }

    static String b(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
