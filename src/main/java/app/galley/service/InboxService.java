package app.galley.service;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.ArticleSummary;
import app.galley.store.ArticleRepository;
import app.galley.store.InboxRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comment inbox (issue 23): every annotation and its comment thread across the library in one
 * list, the most recently touched first, filtered by article, by author, by "mentions me" ({@code
 * @name} in a note or a comment) and by unresolved; and what arrived from others since a time, for
 * the status bar's count. Replies, edits, deletions and resolving go through {@link
 * app.galley.analyze.AnnotationService}, so they are recorded like any annotation work.
 */
public final class InboxService {

    /** The most annotations one listing holds. */
    public static final int MAX = 500;

    private final InboxRepository inbox;
    private final ArticleRepository articles;
    private final String me;

    InboxService(InboxRepository inbox, ArticleRepository articles, String me) {
        this.inbox = inbox;
        this.articles = articles;
        this.me = me;
    }

    /** What the inbox shows: an article (null: all), an author (null: anyone), mentions of me only, unresolved only. */
    public record Filter(Long articleId, String author, boolean mentionsMe, boolean unresolvedOnly) {

        public static final Filter OPEN = new Filter(null, null, false, true);
    }

    /** One annotation with its thread, the article's title, when it was last touched, and whether it names me. */
    public record Item(Annotation annotation, String articleTitle, List<AnnotationComment> thread, Instant latest,
                       boolean mentionsMe) {
    }

    /** How many annotations and comments others added since a time, and how many of them name me. */
    public record Arrived(int items, int mentions) {
    }

    /** The user the inbox is for: whose mentions, whose "new". */
    public String me() {
        return me;
    }

    public List<Item> items(Filter f) {
        List<Annotation> found = inbox.annotations(f.articleId(), f.unresolvedOnly(), MAX);
        Map<Long, List<AnnotationComment>> threads = inbox.threads(found.stream().map(Annotation::id).toList());
        Map<Long, ArticleSummary> titles = articles.summaries(found.stream().map(Annotation::articleId).distinct().toList(), false);
        List<Item> out = new ArrayList<>();
        for (Annotation a : found) {
            List<AnnotationComment> thread = threads.getOrDefault(a.id(), List.of());
            boolean mine = names(me, a.note()) || thread.stream().anyMatch(m -> !m.deleted() && names(me, m.body()));
            if (f.mentionsMe() && !mine) {
                continue;
            }
            if (f.author() != null && !f.author().equals(a.author())
                    && thread.stream().noneMatch(m -> f.author().equals(m.author()))) {
                continue;
            }
            Instant latest = thread.stream().map(AnnotationComment::created).max(Instant::compareTo)
                    .filter(t -> t.isAfter(a.modified())).orElse(a.modified());
            ArticleSummary title = titles.get(a.articleId());
            out.add(new Item(a, title == null ? "" : title.title(), thread, latest, mine));
        }
        return out;
    }

    /** What others added since {@code since} (annotations and comments), and how many name me. */
    public Arrived arrivedSince(Instant since) {
        InboxRepository.Arrived n = inbox.arrivedSince(since, me);
        return new Arrived(n.count(), (int) n.mentioning().stream().filter(t -> names(me, t)).count());
    }

    /** Whether {@code text} names {@code name} as {@code @name} (not {@code @namesake}), in any case. */
    public static boolean names(String name, String text) {
        if (text == null || name == null || name.isBlank()) {
            return false;
        }
        return Pattern.compile("@" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}_])")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
