package app.galley.ingest;

import app.galley.text.FeedDates;
import app.galley.model.ArticleDraft;
import app.galley.model.ImportOutcome;
import app.galley.model.LengthUnit;
import app.galley.model.TextLength;
import app.galley.model.Original;
import app.galley.model.QueuedFetch;
import app.galley.store.FeedRepository;
import app.galley.store.FetchQueueRepository;
import app.galley.store.StoreException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS 2.0 and Atom feeds (read with jsoup's XML parser): each new item becomes an article, from its
 * {@code content:encoded} / Atom content when that holds the story, else by fetching its link. Feeds
 * are saved; an item taken once is never taken again.
 */
public final class FeedImporter {


    private final ImportService importer;
    private final FeedRepository feeds;
    private final FetchQueueRepository queue;
    private final WebFetcher fetcher;
    private final WebImporter web;
    private final Clock clock;

    public FeedImporter(ImportService importer, FeedRepository feeds, FetchQueueRepository queue,
                        WebFetcher fetcher, WebImporter web, Clock clock) {
        this.importer = importer;
        this.feeds = feeds;
        this.queue = queue;
        this.fetcher = fetcher;
        this.web = web;
        this.clock = clock;
    }

    /** Saves the feed and imports its new items. */
    public List<ImportOutcome> importFeed(String address) {
        URI uri;
        try {
            uri = WebFetcher.parse(address);
        } catch (ImportProblem e) {
            return List.of(new ImportOutcome.Failed(address, e.getMessage()));
        }
        Document xml;
        try {
            WebFetcher.Fetched fetched = fetcher.fetch(uri);
            String text = CharsetDetection.decode(fetched.body(), fetched.charset(), true).text();
            xml = Jsoup.parse(text, uri.toString(), Parser.xmlParser());
        } catch (WebFetcher.FetchProblem e) {
            if (e.retryable()) {
                queue.enqueue(uri.toString(), QueuedFetch.Kind.FEED, e.getMessage(),
                        clock.instant().plus(WebImporter.backoff(0)));
                return List.of(new ImportOutcome.Queued(uri.toString(), e.getMessage()));
            }
            return List.of(new ImportOutcome.Failed(uri.toString(), e.getMessage()));
        }
        boolean atom = xml.selectFirst("feed") != null && xml.selectFirst("rss, rdf|RDF") == null; // with entries or none
        boolean rss = xml.selectFirst("rss > channel, rdf|RDF > item, channel > item") != null;
        if (!atom && !rss) {
            return List.of(new ImportOutcome.Failed(uri.toString(), "not an RSS or Atom feed"));
        }
        Element titleEl = xml.selectFirst(atom ? "feed > title" : "channel > title");
        FeedRepository.Feed feed = feeds.save(uri.toString(), titleEl == null ? null : titleEl.text().strip());
        List<ImportOutcome> out = new ArrayList<>();
        for (Element item : xml.select(atom ? "feed > entry" : "item")) {
            out.add(importItem(feed, item, atom, uri));
        }
        feeds.markRefreshed(feed.id());
        return out;
    }

    /** Refreshes every saved feed. */
    public List<ImportOutcome> refreshAll() {
        List<ImportOutcome> out = new ArrayList<>();
        for (FeedRepository.Feed f : feeds.all()) {
            out.addAll(importFeed(f.url()));
        }
        return out;
    }

    private ImportOutcome importItem(FeedRepository.Feed feed, Element item, boolean atom, URI feedUri) {
        String title = text(item, "title");
        String link = FeedLinks.resolve(atom ? atomLink(item) : text(item, "link"), item, feedUri);
        String guid = text(item, atom ? "id" : "guid");
        String content = atom ? text(item, "content") : text(item, "content|encoded");
        String summary = atom ? text(item, "summary") : text(item, "description");
        String html = content != null ? content : summary;
        String key = guid != null ? guid : link != null ? link : title != null ? title : summary;
        String label = feed.url() + " » " + (title != null ? title : key != null ? excerpt(key) : "an item");
        if (key == null) {
            return new ImportOutcome.Failed(label, "the item has no title, link, id or text");
        }
        java.util.Optional<Long> taken = feeds.seenAs(feed.id(), key);
        if (taken.isPresent()) { // taken before, or an item earlier in this feed with the same id
            return new ImportOutcome.Duplicate(label, taken.get(), title == null ? key : title);
        }
        ImportOutcome outcome;
        boolean full = html != null && isFullStory(Jsoup.parse(html).text());
        if (html != null && (full || link == null)) {
            // the story in the feed, or all there is of it: an item may be only a description (RSS 2.0)
            outcome = storeContent(item, atom, title != null ? title : FeedLinks.titleOf(Jsoup.parse(html).text()), link,
                    html, label);
        } else if (link != null) {
            outcome = web.importUrl(link);
        } else {
            outcome = new ImportOutcome.Failed(label, "the item has no text (no content, description or summary)"
                    + " and no link to fetch it from");
        }
        Long articleId = outcome instanceof ImportOutcome.Imported i ? Long.valueOf(i.articleId())
                : outcome instanceof ImportOutcome.Repost r ? Long.valueOf(r.articleId())
                : outcome instanceof ImportOutcome.Duplicate d && d.existingId() > 0 ? Long.valueOf(d.existingId()) : null;
        if (!(outcome instanceof ImportOutcome.Failed)) {
            feeds.markSeen(feed.id(), key, articleId); // a queued link is in the fetch queue: the item is taken
        }
        return outcome;
    }

    private ImportOutcome storeContent(Element item, boolean atom, String title, String link, String html, String label) {
        try {
            String body = HtmlArticleReader.cleanBody(html);
            String author = atom ? text(item, "author > name") : text(item, "dc|creator");
            if (author == null && !atom) {
                author = text(item, "author");
            }
            // one parser for every feed's dates: Atom's written in RFC 822 too, RSS 1.0 and 2.0's dc:date in W3C form
            Instant published = FeedDates.parse(atom ? firstOf(text(item, "published"), text(item, "updated"))
                    : firstOf(text(item, "pubDate"), text(item, "dc|date")));
            Original original = new Original(item.outerHtml().getBytes(StandardCharsets.UTF_8), "application/xml",
                    "UTF-8", link != null ? link : label);
            ArticleDraft draft = new ArticleDraft(title, null, author, null, link, LanguageGuess.of(body), published,
                    body, original);
            return importer.storeDraft(draft, link != null ? link : label);
        } catch (ImportProblem e) {
            return new ImportOutcome.Failed(label, e.getMessage());
        } catch (StoreException e) {
            return new ImportOutcome.Failed(label, "not saved: " + e.getMessage());
        }
    }

    /** 150 CJK characters or 80 words: less is a teaser, and the item's link is fetched instead. */
    private static boolean isFullStory(String text) {
        TextLength len = TextLength.of(text);
        return len.value() >= (len.unit() == LengthUnit.CHARACTERS ? 150 : 80);
    }

    private static String atomLink(Element entry) {
        Element alt = entry.selectFirst("link[rel=alternate][href], link:not([rel])[href]");
        return alt == null ? null : alt.attr("href");
    }

    private static String text(Element item, String selector) {
        Element e = item.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }

}
