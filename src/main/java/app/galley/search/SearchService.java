package app.galley.search;

import app.galley.model.Tag;
import app.galley.store.ArticleFeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searching a library: its index kept beside the database ({@code index/} in the library folder),
 * brought up to date from the database before every search and after every change, rebuilt from
 * the database when missing or unreadable, or on request ({@code galley reindex}).
 */
public final class SearchService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    private static final int BATCH = 500;

    private final app.galley.store.ArticleFeed feed;
    private final app.galley.store.TagRepository tags;
    private final SearchIndex index;
    private final Path folder;
    private final QueryLanguage language = new QueryLanguage();

    private SearchService(app.galley.store.ArticleFeed feed, app.galley.store.TagRepository tags, SearchIndex index,
                          Path folder) {
        this.feed = feed;
        this.tags = tags;
        this.index = index;
        this.folder = folder;
    }

    /** Opens (or creates) the index of a library and brings it up to date. */
    public static SearchService open(Library library) {
        return open(library, indexFolder(library));
    }

    public static SearchService open(Library library, Path folder) {
        try {
            SearchService s;
            try {
                s = new SearchService(library.feed(), library.tags(), SearchIndex.open(folder), folder);
            } catch (org.apache.lucene.store.LockObtainFailedException busy) {
                // the window (or another command) keeps the index: search it as it last saved it
                LOG.info("The search index in {} is kept by another Galley: reading it as it is", folder);
                s = new SearchService(library.feed(), library.tags(), SearchIndex.openReadOnly(folder), folder);
            }
            s.sync();
            return s;
        } catch (IOException e) {
            throw SearchIndex.unchecked("cannot open " + folder, e);
        }
    }

    /** Where a library's index lives: beside an embedded database, else in the user's cache folder. */
    public static Path indexFolder(Library library) {
        Path folder = library.folder();
        if (folder != null) {
            return folder.resolve("index");
        }
        String key = Integer.toHexString(library.location().hashCode());
        return Path.of(System.getProperty("user.home"), ".cache", "galley", "index-" + key);
    }

    /** Where this index lives. */
    public Path folder() {
        return folder;
    }

    /** What a search found. */
    /**
     * @param total how many articles match: exactly when {@code exact}, otherwise at least that many
     *              (counting stops at a thousand, so a common word stays fast in a large library)
     */
    public record Results(long total, boolean exact, List<SearchHit> hits) {
    }

    /**
     * Runs a query in the search box's language.
     *
     * @throws IllegalArgumentException if the query cannot be read (the message says why)
     */
    public synchronized Results search(String query, int limit) {
        Query q;
        try {
            q = language.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException(shortMessage(e), e);
        }
        try {
            sync();
            SearchIndex.Found found = index.search(q, limit);
            return new Results(found.total(), found.exact(), found.hits());
        } catch (IOException e) {
            throw SearchIndex.unchecked("search", e);
        }
    }

    /** Brings the index up to date with the database: changed articles re-indexed, deleted ones removed. */
    public synchronized int sync() {
        if (index.readOnly()) {
            return 0;
        }
        try {
            AtomicReference<Instant> newest = new AtomicReference<>(index.synced());
            int[] count = {0};
            SearchIndex.TagLookup tagWords = tagLookup();
            // analysis (segmentation, the quote finder) is the cost: articles are indexed on all cores
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            try {
                feed.changedSince(index.synced(), BATCH, item -> {
                    pending.add(pool.submit(() -> {
                        try {
                            index.put(item, tagWords);
                        } catch (IOException e) {
                            throw SearchIndex.unchecked("index article " + item.article().id(), e);
                        }
                    }));
                    count[0]++;
                    newest.set(item.article().updated());
                    if (pending.size() >= BATCH) {
                        await(pending);
                    }
                });
                await(pending);
            } finally {
                pool.shutdown();
            }
            // deletions: only when the counts say some article is gone
            if (index.size() != feed.count()) {
                Set<Long> inDatabase = feed.ids();
                Set<Long> gone = new HashSet<>(index.ids());
                gone.removeAll(inDatabase);
                for (long id : gone) {
                    index.delete(id);
                }
            }
            if (count[0] > 0 || index.synced() == null) {
                index.commit(newest.get());
            }
            if (count[0] > 0) {
                LOG.info("Search index: {} articles indexed", count[0]);
            }
            return count[0];
        } catch (IOException e) {
            throw SearchIndex.unchecked("update", e);
        }
    }

    private static void await(List<java.util.concurrent.Future<?>> pending) {
        for (java.util.concurrent.Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("indexing interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        pending.clear();
    }

    /** Every name and synonym of a tag and of the tags above it, and its Media Topic, by tag id. */
    private SearchIndex.TagLookup tagLookup() {
        Map<Long, Tag> tags = new HashMap<>();
        this.tags.all().forEach(t -> tags.put(t.id(), t));
        // read by the indexing threads at once
        Map<Long, List<String>> words = new java.util.concurrent.ConcurrentHashMap<>();
        return new SearchIndex.TagLookup() {
            @Override
            public List<String> words(long id) {
                return words.computeIfAbsent(id, k -> {
                    List<String> out = new ArrayList<>();
                    Set<Long> seen = new HashSet<>();
                    for (Tag t = tags.get(k); t != null && seen.add(t.id());
                         t = t.parentId() == null ? null : tags.get(t.parentId())) {
                        out.add(t.name());
                        out.addAll(t.names().values());
                        out.addAll(t.synonyms());
                        if (t.qcode() != null) {
                            out.add(t.qcode());
                        }
                    }
                    return out;
                });
            }

            @Override
            public String qcode(long id) {
                Tag t = tags.get(id);
                return t == null ? null : t.qcode();
            }
        };
    }

    /**
     * Tags to suggest for an article: people, places, keywords and Media Topics, without the tags it
     * already has (by any of their names).
     *
     * @param language the language names are wanted in ("en", "zh-Hant", "zh-Hans")
     */
    public synchronized List<TagSuggestion> suggestTags(app.galley.model.Article a, String language) {
        try {
            sync();
            Set<String> tagged = new HashSet<>();
            Map<Long, Tag> all = new HashMap<>();
            this.tags.all().forEach(t -> all.put(t.id(), t));
            // the article's tags and the broader tags they imply
            for (long id : this.tags.tagIds(a.id())) {
                for (Tag t = all.get(id); t != null; t = t.parentId() == null ? null : all.get(t.parentId())) {
                    tagged.add(t.name());
                    tagged.addAll(t.names().values());
                    if (t.qcode() != null) {
                        tagged.add(t.qcode());
                    }
                }
            }
            return new TagSuggester(index).suggest(a, language, tagged);
        } catch (IOException e) {
            throw SearchIndex.unchecked("suggest tags", e);
        }
    }

    /** Throws the index away and builds it again from the database. */
    public synchronized int rebuild() {
        if (index.readOnly()) {
            throw new IllegalStateException("the search index is in use by another Galley (close the window first)");
        }
        try {
            index.deleteAll();
            index.commit(null);
        } catch (IOException e) {
            throw SearchIndex.unchecked("rebuild", e);
        }
        return sync();
    }

    public synchronized int size() {
        try {
            return index.size();
        } catch (IOException e) {
            throw SearchIndex.unchecked("count", e);
        }
    }

    /** True if another Galley keeps this index: searches see it as that one last saved it. */
    public boolean readOnly() {
        return index.readOnly();
    }

    private static String shortMessage(ParseException e) {
        String m = e.getMessage();
        int nl = m == null ? -1 : m.indexOf('\n');
        return m == null ? "cannot read the query" : nl > 0 ? m.substring(0, nl) : m;
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed", e);
        }
    }
}
