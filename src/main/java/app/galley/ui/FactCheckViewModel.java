package app.galley.ui;

import app.galley.service.ExportService;
import app.galley.analyze.AnnotationService;
import app.galley.analyze.Claim;
import app.galley.analyze.FactCheckSummary;
import app.galley.analyze.Person;
import app.galley.analyze.Quote;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fact-check of the article shown: its annotations (placed again on the current text), what the
 * analysis suggests (quotations and claims not yet annotated, the people named), the selected
 * annotation with its thread, a verdict filter, and the summary with the publication check.
 */
public final class FactCheckViewModel {

    private final AnnotationService service;
    private final ExportService exports;
    private final I18n i18n;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Quote> unannotatedQuotes = FXCollections.observableArrayList();
    private final ObservableList<Claim> claimSuggestions = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<AnnotationComment> thread = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> filter = new SimpleObjectProperty<>();
    private final ObjectProperty<FactCheckSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    /** What the analysis found in the shown article's text (as of the last reload). */
    /** Details typed for an annotation and not yet saved (saved by {@link #flushDetails()}). */
    private record Draft(long annotationId, String speaker, String note, List<String> evidence) {
    }

    private Draft draft;
    private Drafts drafts = Drafts.inMemory();
    private AnnotationService.Analysis analysis = new AnnotationService.Analysis(List.of(), List.of(), List.of());

    public FactCheckViewModel(AnnotationService service, ExportService exports, I18n i18n) {
        this.exports = exports;
        this.service = service;
        this.i18n = i18n;
        selected.addListener((o, was, now) -> loadThread());
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObservableList<Quote> unannotatedQuotes() {
        return unannotatedQuotes;
    }

    public ObservableList<Claim> claimSuggestions() {
        return claimSuggestions;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<AnnotationComment> thread() {
        return thread;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    /** Only annotations with this verdict are listed (null: all). */
    public ObjectProperty<Verdict> filterProperty() {
        return filter;
    }

    public ObjectProperty<FactCheckSummary> summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public String user() {
        return service.user();
    }

    /** Shows the fact-check of an article (or nothing). */
    public void show(Article a) {
        flushDetails();
        Article was = article.get();
        article.set(a);
        if (a == null) {
            annotations.clear();
            unannotatedQuotes.clear();
            claimSuggestions.clear();
            people.clear();
            selected.set(null);
            summary.set(null);
            return;
        }
        Long keep = selected.get() != null && was != null && was.id() == a.id() ? selected.get().id() : null;
        reload(keep);
    }

    private void reload(Long select) {
        Article a = article.get();
        List<Annotation> all = service.annotations(a);
        annotations.setAll(all);
        AnnotationService.Analysis analysis = AnnotationService.analyse(a.body());
        this.analysis = analysis;
        List<Quote> open = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            if (all.stream().noneMatch(x -> covers(x, q.start(), q.end()))) {
                open.add(q);
            }
        }
        unannotatedQuotes.setAll(open);
        claimSuggestions.setAll(analysis.claims().stream()
                .filter(c -> all.stream().noneMatch(x -> x.kind() == AnnotationKind.CLAIM && covers(x, c.start(), c.end())))
                .toList());
        people.setAll(analysis.people());
        summary.set(service.summary(all, analysis.quotes()));
        selected.set(select == null ? null : all.stream().filter(x -> x.id() == select).findFirst().orElse(null));
    }

    private static boolean covers(Annotation x, int start, int end) {
        return x.anchor() != Annotation.Anchor.ORPHANED && x.target().start() <= start && x.target().end() >= end;
    }

    /** The annotations the filter lets through. */
    public List<Annotation> visible() {
        Verdict v = filter.get();
        return annotations.stream().filter(x -> v == null || (x.kind() != AnnotationKind.COMMENT && x.verdict() == v)).toList();
    }

    /** Annotates a span of the current text; returns the new annotation. */
    public Optional<Annotation> annotate(int start, int end, AnnotationKind kind) {
        flushDetails();
        Article a = article.get();
        if (a == null) {
            return Optional.empty();
        }
        try {
            String speaker = kind == AnnotationKind.QUOTE ? speakerOf(start, end) : null;
            Annotation x = service.annotate(a, start, end, kind, speaker);
            reload(x.id());
            message.set(i18n.format("fc.added", i18n.get("fc.kind." + kind.id())));
            return Optional.of(x);
        } catch (IllegalArgumentException e) {
            message.set(i18n.get("fc.selectFirst"));
            return Optional.empty();
        }
    }

    /** The speaker the analysis gives a quotation overlapping the span, if any. */
    private String speakerOf(int start, int end) {
        return analysis.quotes().stream()
                .filter(q -> q.start() < end && q.end() > start).map(Quote::speaker).filter(s -> s != null)
                .findFirst().orElse(null);
    }

    public void accept(Quote q) {
        flushDetails();
        Annotation x = service.annotate(article.get(), q);
        reload(x.id());
    }

    public void accept(Claim c) {
        flushDetails();
        Annotation x = service.annotate(article.get(), c);
        reload(x.id());
    }

    /** Annotates every quotation found and not yet annotated. */
    public int acceptAllQuotes() {
        flushDetails();
        List<Quote> open = List.copyOf(unannotatedQuotes);
        for (Quote q : open) {
            service.annotate(article.get(), q);
        }
        reload(selected.get() == null ? null : selected.get().id());
        message.set(i18n.format("fc.addedQuotes", open.size()));
        return open.size();
    }

    public void setVerdict(Verdict v) {
        flushDetails();
        Annotation x = selected.get();
        if (x != null && x.verdict() != v) {
            service.setVerdict(x, v);
            reload(x.id());
        }
    }

    public void saveDetails(String speaker, String note, List<String> evidence) {
        editDetails(speaker, note, evidence);
        flushDetails();
    }

    /**
     * The editor typed in the selected annotation's speaker, note or evidence: kept as a draft, saved
     * by {@link #flushDetails()} (after a pause in typing, or before anything else happens: another
     * verdict, another annotation, another article, closing), so that typed words are never lost.
     */
    public void editDetails(String speaker, String note, List<String> evidence) {
        Annotation x = selected.get();
        if (x != null) {
            draft = new Draft(x.id(), speaker, note, List.copyOf(evidence));
        }
    }

    /** Keeps comment drafts in {@code d} (the window's settings, so they outlive a restart). */
    public void useDrafts(Drafts d) {
        this.drafts = d;
    }

    /** The comment being written on the selected annotation, or empty. */
    public String commentDraft() {
        Annotation x = selected.get();
        return x == null ? "" : drafts.get("comment", x.id());
    }

    /** The comment being written on the selected annotation changed (kept until it is posted). */
    public void setCommentDraft(String text) {
        Annotation x = selected.get();
        if (x != null) {
            drafts.put("comment", x.id(), text);
        }
    }

    /** True while typed details wait to be saved. */
    public boolean hasDraft() {
        return draft != null;
    }

    /** Saves typed details now, if there are any; the selection stays where it is. */
    public void flushDetails() {
        Draft d = draft;
        draft = null;
        if (d == null) {
            return;
        }
        Annotation x = annotations.stream().filter(a -> a.id() == d.annotationId()).findFirst().orElse(null);
        if (x == null) {
            return; // deleted meanwhile
        }
        List<String> evidence = d.evidence().stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        String speaker = d.speaker() == null || d.speaker().isBlank() ? null : d.speaker().strip();
        if (java.util.Objects.equals(speaker, x.speaker()) && java.util.Objects.equals(d.note(), x.note())
                && evidence.equals(x.evidence())) {
            return;
        }
        service.update(x, d.speaker(), d.note(), d.evidence());
        Annotation current = selected.get();
        reload(current == null ? null : current.id());
    }

    /** Selects an annotation (the panel's list), saving what was typed for the one before. */
    public void select(Annotation x) {
        if (selected.get() != null && x != null && selected.get().id() == x.id()) {
            return;
        }
        flushDetails();
        selected.set(x == null ? null : annotations.stream().filter(a -> a.id() == x.id()).findFirst().orElse(x));
    }

    public void setResolved(boolean resolved) {
        flushDetails();
        Annotation x = selected.get();
        if (x != null && x.resolved() != resolved) {
            service.resolve(x, resolved);
            reload(x.id());
        }
    }

    public void deleteSelected() {
        flushDetails();
        Annotation x = selected.get();
        if (x != null) {
            service.delete(x);
            reload(null);
            message.set(i18n.get("fc.deleted"));
        }
    }

    public void comment(String body, AnnotationComment replyTo) {
        Annotation x = selected.get();
        if (x != null && body != null && !body.isBlank()) {
            service.comment(x.id(), replyTo == null ? null : replyTo.id(), body);
            drafts.clear("comment", x.id());
            loadThread();
        }
    }

    public boolean mine(AnnotationComment c) {
        return c.author().equals(service.user()) && !c.deleted();
    }

    public void editComment(AnnotationComment c, String body) {
        try {
            service.editComment(c, body);
            drafts.clear("comment", c.annotationId());
        } catch (IllegalStateException e) {
            message.set(e.getMessage());
        }
        loadThread();
    }

    public void deleteComment(AnnotationComment c) {
        try {
            service.deleteComment(c);
        } catch (IllegalStateException e) {
            message.set(e.getMessage());
        }
        loadThread();
    }

    /** What the article's annotations can be exported as. */
    /** A file name for the export of the shown article ("12-annotations.jsonld"). */
    public String exportName(ExportService.FactCheckFormat format) {
        Article a = article.get();
        return a == null ? "article-" + format.suffix() : format.fileName(a.id());
    }

    /**
     * Writes the shown article's annotations (W3C Web Annotation JSON-LD with their comments, or
     * schema.org ClaimReview for settled verdicts) to a file, whole or not at all.
     */
    public boolean export(ExportService.FactCheckFormat format, java.nio.file.Path file) {
        Article a = article.get();
        if (a == null) {
            return false;
        }
        try {
            exports.writeFactCheck(a, format, null, file);
            message.set(i18n.format("fc.exported", file.getFileName()));
            return true;
        } catch (java.io.IOException e) {
            message.set(i18n.format("fc.exportFailed", file, e.getMessage()));
            return false;
        }
    }

    private void loadThread() {
        Annotation x = selected.get();
        thread.setAll(x == null ? List.of() : service.thread(x.id()));
    }
}
