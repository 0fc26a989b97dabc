package app.galley.service;

import app.galley.model.AuditAction;
import app.galley.store.AuditTrail;
import java.util.Map;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.AttachmentInfo;
import app.galley.model.OriginalInfo;
import app.galley.model.Revision;
import app.galley.publish.FileWriting;
import app.galley.store.ArticlePages;
import app.galley.store.ArticleRepository;
import app.galley.store.AttachmentRepository;
import app.galley.store.RevisionRepository;
import app.galley.store.TrashRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles as the editor reads and changes them outside cleaning: finding and listing, their
 * revisions and attachments, the document as imported, status moves and plain edits. Every write
 * names the version it was made on and fails with {@link app.galley.store.StaleArticleException} if
 * the article changed since (optimistic locking); {@link EditService} turns that into a conflict.
 */
public final class ArticleService {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final AttachmentRepository attachments;
    private final ArticlePages pages;
    private final TrashRepository trash;

    private final AuditTrail.Recorder audit;

    ArticleService(ArticleRepository articles, RevisionRepository revisions, AttachmentRepository attachments,
                   ArticlePages pages, TrashRepository trash, AuditTrail.Recorder audit) {
        this.audit = audit;
        this.articles = articles;
        this.revisions = revisions;
        this.attachments = attachments;
        this.pages = pages;
        this.trash = trash;
    }

    public Optional<Article> find(long id) {
        return articles.find(id);
    }

    /** Every article's summary (outside the Trash), newest first. */
    public List<ArticleSummary> list() {
        return articles.list();
    }

    /**
     * One window of the article table: the summaries of the articles at {@code offset ..
     * offset + limit} in {@code order}, of one status or (null) all, outside the Trash. Nothing but the
     * window is read.
     * {@code total}: how many articles there are to page through, as last counted (0: not known); a
     * window past the middle is then read from the end, as fast as the first.
     */
    public List<ArticleSummary> page(ArticleStatus status, ArticleOrder order, int offset, int limit, int total) {
        return summaries(pages.ids(status, false, order, offset, limit, total));
    }

    /** As {@link #page}, of the articles in the Trash. */
    public List<ArticleSummary> trashPage(ArticleOrder order, int offset, int limit, int total) {
        return summaries(pages.ids(null, true, order, offset, limit, total));
    }

    private List<ArticleSummary> summaries(List<Long> ids) {
        Map<Long, ArticleSummary> found = articles.summaries(ids);
        List<ArticleSummary> out = new java.util.ArrayList<>(ids.size());
        for (long id : ids) {
            ArticleSummary s = found.get(id);
            if (s != null) { // deleted between the two reads
                out.add(s);
            }
        }
        return out;
    }

    public Optional<ArticleSummary> summary(long id) {
        return articles.summary(id);
    }

    /** The summaries of these articles (those that exist), read in one query. */
    public Map<Long, ArticleSummary> summaries(Collection<Long> ids) {
        return articles.summaries(ids);
    }

    /** As {@link #summaries}, of those outside the Trash (a search's hits). */
    public Map<Long, ArticleSummary> summariesOutsideTrash(Collection<Long> ids) {
        return articles.summaries(ids, false);
    }

    public int count() {
        return articles.count();
    }

    /** How many articles outside the Trash are in each status. */
    public Map<ArticleStatus, Integer> countByStatus() {
        return pages.countByStatus();
    }

    /** How many articles are in the Trash. */
    public int trashCount() {
        return pages.trashed();
    }

    /**
     * Puts these articles in the Trash: gone from every section and search, kept whole until the
     * Trash is emptied; how many went (those already there are left).
     */
    public int moveToTrash(Collection<Long> ids) {
        return audit.record(AuditAction.TRASH, moved(ids), () -> trash.trash(ids).size());
    }

    /** Takes these articles out of the Trash, back where they were; how many came back. */
    public int restore(Collection<Long> ids) {
        return audit.record(AuditAction.UNTRASH, moved(ids), () -> trash.restore(ids).size());
    }

    /** Deletes every article in the Trash for good, with its revisions, notes and files; how many went. */
    public int emptyTrash() {
        return audit.record(AuditAction.DELETE, deleted -> ((List<?>) deleted).stream()
                .map(x -> new AuditTrail.Entry((Long) x, Map.of())).toList(), trash::emptied).size();
    }

    /** The events of a move in or out of the Trash: on the articles that moved (the transaction says which). */
    private static java.util.function.Function<Object, List<AuditTrail.Entry>> moved(Collection<Long> ids) {
        return moved -> ((List<?>) moved).stream().map(x -> new AuditTrail.Entry((Long) x, Map.of())).toList();
    }

    /** An article's revisions, oldest first. */
    public List<Revision> revisions(long articleId) {
        return articles.revisions(articleId);
    }

    /** What the imported document was (where from, its type and character set). */
    public Optional<OriginalInfo> original(long articleId) {
        return articles.originalInfo(articleId);
    }

    /** Moves an article to another status, if it is still at {@code expectedVersion}. */
    public Article changeStatus(long id, int expectedVersion, ArticleStatus status) {
        String from = articles.summary(id).map(a -> a.status().key()).orElse("");
        return audit.record(AuditAction.STATUS, List.of(id), AuditTrail.detail("from", from, "to", status.key()),
                () -> articles.updateStatus(id, expectedVersion, status));
    }

    /** Saves an edit of text or details as a new revision, if the article is still at {@code expectedVersion}. */
    public Article save(long id, int expectedVersion, ArticleEdit edit, String note) {
        return save(id, expectedVersion, edit, note, AuditAction.EDIT, Map.of("note", note));
    }

    /** As {@link #save(long, int, ArticleEdit, String)}, recorded in the audit trail as {@code action} with {@code detail}. */
    public Article save(long id, int expectedVersion, ArticleEdit edit, String note, AuditAction action,
                        Map<String, String> detail) {
        return audit.record(action, List.of(id), detail, () -> revisions.save(id, expectedVersion, edit, note, null));
    }

    /**
     * Saves typing: within {@code window} of the last typing revision it updates that revision instead
     * of adding one, so a day's typing does not make a thousand revisions.
     */
    public Article saveTyping(long id, int expectedVersion, ArticleEdit edit, String note, Duration window) {
        return audit.coalesced(AuditAction.EDIT, id, Map.of("note", note), window,
                () -> revisions.saveTyping(id, expectedVersion, edit, note, window));
    }

    public List<AttachmentInfo> attachments(long articleId) {
        return attachments.of(articleId);
    }

    /** An attachment's bytes (empty if it is gone). */
    public Optional<byte[]> attachment(long attachmentId) {
        return attachments.content(attachmentId);
    }

    /** Saves an attachment to a file, written beside it first and then moved into place. */
    public void saveAttachment(long attachmentId, Path target) throws IOException {
        byte[] bytes = attachments.content(attachmentId)
                .orElseThrow(() -> new IOException("the attachment is no longer in the library"));
        FileWriting.writeAtomically(target, bytes);
    }
}
