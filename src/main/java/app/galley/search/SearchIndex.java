package app.galley.search;

import app.galley.analyze.QuoteFinder;
import app.galley.analyze.Quote;
import app.galley.store.ArticleFeed;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a library's articles, in a folder beside its database. The database stays
 * the source of truth: the index is brought up to date from it ({@link #sync}), and rebuilt from it
 * when it is missing or unreadable.
 */
final class SearchIndex implements Closeable {

    /** Commit data key: the newest article change the index holds. */
    private static final String SYNCED = "galley.synced";
    /** The Traditional/Simplified table the index's words were folded with ({@code ChineseScripts.VERSION}). */
    private static final String FOLDING = "galley.folding";
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[「『“\"]");
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /**
     * Searches run over the index's segments on every core (a query over a large library is as fast
     * as the slowest slice, not the sum); the threads are daemons, shared by every index.
     */
    private static final java.util.concurrent.ExecutorService SEARCH_THREADS = java.util.concurrent.Executors
            .newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "galley-search-slice");
                t.setDaemon(true);
                return t;
            });
    private static final org.apache.lucene.search.SearcherFactory SEARCHERS = new org.apache.lucene.search.SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                         org.apache.lucene.index.IndexReader previous) {
            return new IndexSearcher(reader, SEARCH_THREADS);
        }
    };

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final org.apache.lucene.analysis.Analyzer analyzer = Analyzers.perField();
    private Instant synced;

    private SearchIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, SEARCHERS);
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        this.synced = data.containsKey(SYNCED) ? Instant.parse(data.get(SYNCED)) : null;
        if (!app.galley.text.ChineseScripts.VERSION.equals(data.get(FOLDING)) && writer.getDocStats().numDocs > 0) {
            // made with another Traditional/Simplified table: every article is indexed again
            writer.deleteAll();
            this.synced = null;
        }
    }

    /** An index another process is writing: searched as of its last commit, never written. */
    private SearchIndex(FSDirectory directory) throws IOException {
        this.directory = directory;
        this.writer = null;
        this.searchers = new SearcherManager(directory, SEARCHERS);
        this.synced = null;
    }

    /** Opens an index that another Galley (the window) is keeping, to read only. */
    static SearchIndex openReadOnly(Path folder) throws IOException {
        return new SearchIndex(FSDirectory.open(folder));
    }

    boolean readOnly() {
        return writer == null;
    }

    /** Opens the index in {@code folder}, creating it, or starting afresh if what is there cannot be read. */
    static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        FSDirectory dir = FSDirectory.open(folder);
        try {
            return new SearchIndex(dir, new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)));
        } catch (org.apache.lucene.store.LockObtainFailedException busy) {
            dir.close();
            throw busy;
        } catch (IOException | RuntimeException unreadable) {
            // a damaged index is only a copy: its files go and it starts again (the caller rebuilds it
            // from the database)
            for (String file : dir.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    dir.deleteFile(file);
                }
            }
            return new SearchIndex(dir, new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE)));
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField());
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(64);
        return c;
    }

    /** The newest article change the index holds, or null if it holds none. */
    Instant synced() {
        return synced;
    }

    int size() throws IOException {
        if (writer != null) {
            return writer.getDocStats().numDocs;
        }
        return withSearcher(x -> x.getIndexReader().numDocs());
    }

    /** Adds or replaces an article. */
    /** What the index needs to know of a tag: its words (with its broader tags') and its Media Topic. */
    interface TagLookup {
        List<String> words(long tagId);

        String qcode(long tagId);
    }

    void put(ArticleFeed.Item item, TagLookup tagWords) throws IOException {
        writer.updateDocument(new Term(Fields.ID, Long.toString(item.article().id())), document(item, tagWords));
    }

    void delete(long id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, Long.toString(id)));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
        synced = null;
    }

    /** The ids in the index. */
    Set<Long> ids() throws IOException {
        Set<Long> ids = new java.util.HashSet<>();
        searchers.maybeRefreshBlocking();
        return withSearcher(s -> {
            for (var leaf : s.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        ids.add(Long.parseLong(stored.document(d, Set.of(Fields.ID)).get(Fields.ID)));
                    }
                }
            }
            return ids;
        });
    }

    /** Commits what was put, remembering the newest change it holds. */
    void commit(Instant newest) throws IOException {
        if (newest != null && (synced == null || newest.isAfter(synced))) {
            synced = newest;
        }
        if (synced != null) {
            writer.setLiveCommitData(Map.of(SYNCED, synced.toString(), FOLDING, app.galley.text.ChineseScripts.VERSION).entrySet());
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** @param tagWords every name of a tag and of its broader tags (tag:科技 finds what is tagged below it) */
    private static Document document(ArticleFeed.Item item, TagLookup tagWords) {
        var a = item.article();
        Document d = new Document();
        d.add(new StringField(Fields.ID, Long.toString(a.id()), Field.Store.YES));
        d.add(new Field(Fields.TITLE, a.title(), TEXT_WITH_OFFSETS));
        d.add(new TextField(Fields.TITLE + Analyzers.BIGRAMS, a.title(), Field.Store.NO));
        d.add(new TextField(Fields.BODY, a.body(), Field.Store.NO));
        d.add(new Field(Fields.BODY + Analyzers.BIGRAMS, a.body(), TEXT_WITH_OFFSETS));
        Set<String> tags = new LinkedHashSet<>();
        for (long tagId : item.tagIds()) {
            tags.addAll(tagWords.words(tagId));
            String qcode = tagWords.qcode(tagId);
            if (qcode != null) {
                d.add(new StringField(Fields.TOPIC, qcode, Field.Store.YES));
            }
        }
        if (item.tagIds().stream().anyMatch(t -> tagWords.qcode(t) != null)) {
            d.add(new StringField(Fields.HAS_TOPIC, "1", Field.Store.NO));
        }
        for (String tag : tags) {
            d.add(new TextField(Fields.TAG, tag, Field.Store.NO));
        }
        Set<String> speakers = new LinkedHashSet<>(item.speakers());
        // no quotation marks, no quotations: the quote finder is the dearest part of indexing
        if (QUOTE_MARKS.matcher(a.body()).find()) {
            for (Quote q : QuoteFinder.find(a.body()).quotes()) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
            }
        }
        for (String s : speakers) {
            d.add(new TextField(Fields.SPEAKER, s, Field.Store.NO));
        }
        if (a.source() != null && !a.source().isBlank()) {
            d.add(new TextField(Fields.SOURCE, a.source(), Field.Store.NO));
            d.add(new TextField(Fields.SOURCE_KEY, a.source(), Field.Store.NO));
        }
        d.add(new StringField(Fields.STATUS, a.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), Field.Store.NO));
        if (a.language() != null) {
            d.add(new StringField(Fields.LANG, a.language().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        Instant when = a.published() != null ? a.published() : a.created();
        d.add(new LongPoint(Fields.PUBLISHED, when.toEpochMilli()));
        d.add(new NumericDocValuesField(Fields.PUBLISHED, when.toEpochMilli()));
        d.add(new StoredField(Fields.UPDATED, a.updated().toString()));
        return d;
    }

    /** How many articles match (exactly, or at least that many), and the best of them with snippets. */
    record Found(long total, boolean exact, List<SearchHit> hits) {
    }

    /** Matches are counted exactly up to this many; beyond it the search may skip what cannot rank. */
    static final int EXACT_COUNT = 1000;
    /** Hits past this many come without a snippet. */
    static final int SNIPPETS = 50;

    /** The best {@code limit} hits of a query, with snippets, and how many match. */
    Found search(Query query, int limit) throws IOException {
        return withSearcher(s -> {
            TopDocs top = s.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(
                    Math.max(1, limit), null, EXACT_COUNT));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter("[[", "]]", "…", false))
                    .withMaxLength(200_000)
                    .build();
            // snippets for the first hits only: a long result list shows the rest by title
            TopDocs first = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, Math.min(SNIPPETS, top.scoreDocs.length)));
            String[] snippets = java.util.Arrays.copyOf(highlighter.highlight(Fields.BODY + Analyzers.BIGRAMS, query, first, 1),
                    top.scoreDocs.length);
            List<SearchHit> hits = new ArrayList<>();
            var stored = s.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc, Set.of(Fields.ID, Fields.TITLE));
                String snippet = snippets[i];
                if (snippet == null && i < SNIPPETS) {
                    String body = stored.document(sd.doc, Set.of(Fields.BODY + Analyzers.BIGRAMS)).get(Fields.BODY + Analyzers.BIGRAMS);
                    snippet = body.length() <= 120 ? body : body.substring(0, 120) + "…";
                }
                hits.add(new SearchHit(Long.parseLong(doc.get(Fields.ID)), doc.get(Fields.TITLE), sd.score,
                        snippet == null ? "" : snippet.replace('\n', ' ')));
            }
            return new Found(top.totalHits.value, top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO,
                    hits);
        });
    }

    /** Runs {@code work} with a current searcher (for statistics and similar documents). */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return work.run(s);
        } finally {
            searchers.release(s);
        }
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    static UncheckedIOException unchecked(String what, IOException e) {
        return new UncheckedIOException("search index: " + what + ": " + e.getMessage(), e);
    }
}
