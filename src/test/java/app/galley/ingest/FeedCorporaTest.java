package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The test corpora of two widely used feed parsers, read by Galley's feed reader and compared with
 * what feedparser itself makes of every file (src/test/resources/producers/feeds: feedparser's
 * wellformed rss, atom, atom10, base and rdf cases and Rome's test feeds, 755 files; feedparser
 * 6.0.14's reading of each written by src/test/scripts/feed-oracle.py). For each item: that it is
 * there, its headline as text, its link and its publication instant. Where Galley reads a file
 * differently on purpose, the file is listed below with the reason, and it must still differ (a
 * difference that goes away is taken off the list).
 */
class FeedCorporaTest {

    /** "kind file" → why Galley reads it differently. */
    private static final Map<String, String> DIFFERENT = Map.ofEntries(
            Map.entry("count feedparser/base/http_entry_contributor_url_base_content_location.xml",
                    "an Atom 0.3 feed with <item> instead of <entry>: not Atom"),
            Map.entry("count feedparser/base/http_entry_contributor_url_base_docuri.xml", "the same"),
            Map.entry("date feedparser/atom/entry_updated_multiple_values.xml",
                    "two <updated> in one entry: the first is taken, feedparser takes the last"),
            Map.entry("date feedparser/base/cdf_item_abstract_xml_base.xml", "Microsoft CDF channels are not read"),
            Map.entry("link feedparser/base/cdf_item_abstract_xml_base.xml", "the same"),
            Map.entry("date feedparser/rss/item_dcterms_created.xml",
                    "dcterms:created is when the item was made: a date where feedparser gives none"),
            Map.entry("date feedparser/rss/item_dcterms_created_parsed.xml", "the same"),
            Map.entry("title feedparser/rss/item_category_image.xml",
                    "the only title is an image's inside a category: the item has none"),
            Map.entry("link feedparser/atom/entry_link_no_href_link_priority.xml",
                    "the alternate link is the item's page, before an enclosure (feedparser takes the first)"),
            Map.entry("link feedparser/atom10/entry_link_no_href_link_priority.xml", "the same"),
            Map.entry("link feedparser/atom/entry_link_rel_enclosure_no_href.xml", "the same"),
            Map.entry("link feedparser/atom10/entry_link_rel_enclosure_no_href.xml", "the same"),
            Map.entry("link feedparser/atom10/entry_id_no_normalization_4.xml",
                    "HTTP:// kept as written (feedparser writes the scheme in lower case)"),
            Map.entry("link feedparser/atom10/entry_id_with_attributes.xml",
                    "an id that is a relative address is not taken for a link"),
            Map.entry("link feedparser/base/http_entry_id_base_content_location.xml", "the same"),
            Map.entry("link feedparser/base/http_entry_id_base_docuri.xml", "the same"),
            Map.entry("link feedparser/rdf/rdf_item_description.xml",
                    "RSS 1.0: the item's rdf:about is its address when it has no <link>"),
            Map.entry("link feedparser/rdf/rdf_item_rdf_about.xml", "the same"),
            Map.entry("link feedparser/rdf/rdf_item_title.xml", "the same"),
            Map.entry("link feedparser/rss/item_guid_isPermaLink_ValueError.xml",
                    "a guid that is not a valid address is kept as written"));

    /** Rome's test feeds write placeholders ("rss_2.0.channel.item[0].link") where links go: not addresses. */
    private static boolean isPlaceholder(String link) {
        return link != null && link.matches("[A-Za-z0-9_.]+\\.(channel\\.)?(feed\\.)?(item|entry)\\[\\d+\\][.^](link|href|id)"
                + "(\\^href)?");
    }

    @Test
    void everyItemOfBothCorporaReadsAsFeedparserReadsIt() throws Exception {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/producers/feeds/feedparser-expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        List<String> differences = new ArrayList<>();
        int files = 0;
        int items = 0;
        try (ZipInputStream zip = new ZipInputStream(getClass().getResourceAsStream("/producers/feeds/corpora.zip"))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                JsonNode want = expected.get(e.getName());
                assertThat(want).as(e.getName() + " has feedparser's reading").isNotNull();
                files++;
                String text = CharsetDetection.decode(zip.readAllBytes(), null, true).text();
                FeedItems.Feed feed = FeedItems.read(text, URI.create("http://127.0.0.1/corpus/" + e.getName()));
                JsonNode entries = want.get("entries");
                int n = feed == null ? 0 : feed.items().size();
                if (feed == null && !want.get("version").asText().isEmpty()) {
                    differences.add("feed " + e.getName());
                }
                if (n != entries.size()) {
                    differences.add("count " + e.getName());
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    items++;
                    compare(e.getName(), feed.items().get(i), entries.get(i), differences);
                }
            }
        }
        assertThat(files).isEqualTo(755);
        assertThat(items).isGreaterThan(480);
        List<String> unexplained = differences.stream().filter(d -> !DIFFERENT.containsKey(d)).distinct().toList();
        assertThat(unexplained).as("read differently from feedparser, with no reason given").isEmpty();
        assertThat(new TreeSet<>(DIFFERENT.keySet())).as("listed as different but read alike now")
                .isSubsetOf(new TreeSet<>(differences));
    }

    private static void compare(String file, FeedItems.Item ours, JsonNode theirs, List<String> differences) {
        String raw = text(theirs.get("title"));
        String title = raw == null ? null : Jsoup.parse(raw).text(); // feedparser gives titles as HTML
        if (!Objects.equals(blank(ours.title()), blank(title)) && !Objects.equals(blank(ours.title()), blank(raw))) {
            differences.add("title " + file);
        }
        String link = text(theirs.get("link"));
        if (!Objects.equals(blank(ours.link()), blank(link)) && !isPlaceholder(ours.link())) {
            differences.add("link " + file);
        }
        Instant published = theirs.get("published").isNull() ? null : Instant.ofEpochSecond(theirs.get("published").asLong());
        if (!Objects.equals(ours.published(), published)) {
            differences.add("date " + file);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
