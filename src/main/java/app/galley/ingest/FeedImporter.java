package app.galley.ingest;

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
import java.util.ArrayList;
import java.util.List;

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
        FeedItems.Feed parsed;
        try {
            WebFetcher.Fetched fetched = fetcher.fetch(uri);
            String text = CharsetDetection.decode(fetched.body(), fetched.charset(), true).text();
            parsed = FeedItems.read(text, uri);
        } catch (WebFetcher.FetchProblem e) {
            if (e.retryable()) {
                queue.enqueue(uri.toString(), QueuedFetch.Kind.FEED, e.getMessage(),
                        clock.instant().plus(WebImporter.backoff(0)));
                return List.of(new ImportOutcome.Queued(uri.toString(), e.getMessage()));
            }
            return List.of(new ImportOutcome.Failed(uri.toString(), e.getMessage()));
        }
        if (parsed == null) {
            return List.of(new ImportOutcome.Failed(uri.toString(), "not an RSS or Atom feed"));
        }
        FeedRepository.Feed feed = feeds.save(uri.toString(), parsed.title());
        List<ImportOutcome> out = new ArrayList<>();
        for (FeedItems.Item item : parsed.items()) {
            out.add(importItem(feed, item));
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

    private ImportOutcome importItem(FeedRepository.Feed feed, FeedItems.Item item) {
        String title = item.title();
        String link = item.link();
        String html = item.html();
        String key = item.id() != null ? item.id() : link != null ? link : title != null ? title : item.summary();
        String label = feed.url() + " » " + (title != null ? title : key != null ? excerpt(key) : "an item");
        if (key == null) {
            return new ImportOutcome.Failed(label, "the item has no title, link, id or text");
        }
        java.util.Optional<Long> taken = feeds.seenAs(feed.id(), key);
        if (taken.isPresent()) { // taken before, or an item earlier in this feed with the same id
            return new ImportOutcome.Duplicate(label, taken.get(), title == null ? key : title);
        }
        ImportOutcome outcome;
        String text = html == null ? null : FeedItems.textOf(html);
        if (text != null && (isFullStory(text) || link == null)) {
            // the story in the feed, or all there is of it: an item may be only a description (RSS 2.0)
            outcome = storeContent(item, title != null ? title : FeedLinks.titleOf(text), label);
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

    private ImportOutcome storeContent(FeedItems.Item item, String title, String label) {
        String link = item.link();
        try {
            String body = HtmlArticleReader.cleanBody(item.html());
            Original original = new Original(item.element().outerHtml().getBytes(StandardCharsets.UTF_8),
                    "application/xml", "UTF-8", link != null ? link : label);
            ArticleDraft draft = new ArticleDraft(title, null, item.author(), null, link, LanguageGuess.of(body),
                    item.published(), body, original);
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

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

}
