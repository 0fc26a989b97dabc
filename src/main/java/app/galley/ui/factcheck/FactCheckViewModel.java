package app.galley.ui.factcheck;

import app.galley.analyze.AnnotationService;
import app.galley.analyze.Claim;
import app.galley.analyze.FactCheckSummary;
import app.galley.analyze.Person;
import app.galley.analyze.Quote;
import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Verdict;
import app.galley.service.ExportService;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.SerialLane;
import app.galley.ui.app.TaskExecutor;
import java.util.List;
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
    private final TaskExecutor tasks;
    /** The panel's writes, made one after another in the order given. */
    private final SerialLane lane;
    private final FactCheckExport exporter;
    private final I18n i18n;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Quote> unannotatedQuotes = FXCollections.observableArrayList();
    private final ObservableList<Claim> claimSuggestions = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> filter = new SimpleObjectProperty<>();
    private final ObjectProperty<FactCheckSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    /** Details typed for an annotation and not yet saved (saved by {@link #flushDetails()}). */
    private record Draft(long annotationId, String speaker, String note, List<String> evidence) {
    }

    private Draft draft;
    private final CommentThread comments;
    /** What the analysis found in the shown article's text (as of the last reload). */
    private AnnotationService.Analysis analysis = new AnnotationService.Analysis(List.of(), List.of(), List.of());

    public FactCheckViewModel(AnnotationService service, ExportService exports, TaskExecutor tasks, I18n i18n) {
        this.tasks = tasks;
        this.lane = new SerialLane(tasks);
        this.exporter = new FactCheckExport(exports, tasks, article::get, message, i18n);
        this.service = service;
        this.i18n = i18n;
        this.comments = new CommentThread(service, tasks, selected::get, (write, after) -> change(() -> {
            write.run();
            return KEEP;
        }, after), this::failed);
        selected.addListener((o, was, now) -> comments.load());
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

    /** The selected annotation's comment thread: its comments, the comment being written, posting. */
    public CommentThread comments() {
        return comments;
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
        boolean same = a != null && was != null && was.id() == a.id();
        Long keep = selected.get() != null && same ? selected.get().id() : null;
        if (!same) { // nothing of the last article stays while this one is read
            annotations.clear();
            unannotatedQuotes.clear();
            claimSuggestions.clear();
            people.clear();
            selected.set(null);
            summary.set(null);
        }
        if (a != null) {
            reload(keep);
        }
    }

    /** What a change answers to keep whatever annotation is selected when it is shown. */
    private static final Long KEEP = Long.MIN_VALUE;

    /** What the panel shows of an article, read off the FX thread, and the annotation to select then. */
    private record State(Article article, List<Annotation> annotations, AnnotationService.Analysis analysis,
                         FactCheckSummary summary, Long select) {
    }

    private State load(Article a, Long select) {
        List<Annotation> all = service.annotations(a);
        AnnotationService.Analysis found = AnnotationService.analyse(a.body());
        return new State(a, all, found, service.summary(all, found.quotes()), select);
    }

    /** Reads the article's annotations and analysis again in the background, then selects {@code select}. */
    private void reload(Long select) {
        Article a = article.get();
        if (a != null) {
            tasks.submit(() -> load(a, select), this::apply, this::failed);
        }
    }

    /**
     * Makes a change in the background, after any change still being made, then shows the article's
     * annotations as they are; {@code write} answers the annotation to select (null: none), and
     * {@code after} runs on the FX thread once it is shown.
     */
    private void change(java.util.concurrent.Callable<Long> write, Runnable after) {
        Article a = article.get();
        if (a == null) {
            return;
        }
        lane.submit(() -> load(a, write.call()), st -> {
            apply(st);
            if (after != null) {
                after.run();
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        message.set(e instanceof IllegalArgumentException || e instanceof IllegalStateException ? e.getMessage()
                : String.valueOf(e));
        BackgroundTasks.log(e);
    }

    private void apply(State st) {
        Long select = st.select();
        Article a = article.get();
        if (a == null || a.id() != st.article().id()) {
            return; // another article is shown now
        }
        List<Annotation> all = st.annotations();
        annotations.setAll(all);
        this.analysis = st.analysis();
        unannotatedQuotes.setAll(analysis.quotes().stream()
                .filter(q -> all.stream().noneMatch(x -> covers(x, q.start(), q.end()))).toList());
        claimSuggestions.setAll(analysis.claims().stream()
                .filter(c -> all.stream().noneMatch(x -> x.kind() == AnnotationKind.CLAIM && covers(x, c.start(), c.end())))
                .toList());
        people.setAll(analysis.people());
        summary.set(st.summary());
        Long asked = KEEP.equals(select) ? (selected.get() == null ? null : selected.get().id()) : select;
        Long jump = waitingFor;
        if (jump != null && all.stream().anyMatch(x -> x.id() == jump)) { // the inbox's "Go to text"
            asked = jump;
            waitingFor = null;
        }
        Long wanted = asked;
        selected.set(wanted == null ? null : all.stream().filter(x -> x.id() == wanted).findFirst().orElse(null));
    }

    /** The annotation as stored now (another change may have come first). */
    private Annotation fresh(Annotation x) {
        return service.find(x.id()).orElseThrow(() -> new IllegalStateException(i18n.get("fc.deleted")));
    }

    private static boolean covers(Annotation x, int start, int end) {
        return x.anchor() != Annotation.Anchor.ORPHANED && x.target().start() <= start && x.target().end() >= end;
    }

    /** The annotations the filter lets through. */
    public List<Annotation> visible() {
        Verdict v = filter.get();
        return annotations.stream().filter(x -> v == null || (x.kind() != AnnotationKind.COMMENT && x.verdict() == v)).toList();
    }

    /** Annotates a span of the current text (in the background; the new annotation is then selected). */
    public void annotate(int start, int end, AnnotationKind kind) {
        flushDetails();
        Article a = article.get();
        if (a == null) {
            return;
        }
        if (start >= end) {
            message.set(i18n.get("fc.selectFirst"));
            return;
        }
        String speaker = kind == AnnotationKind.QUOTE ? speakerOf(start, end) : null;
        change(() -> service.annotate(a, start, end, kind, speaker).id(),
                () -> message.set(i18n.format("fc.added", i18n.get("fc.kind." + kind.id()))));
    }

    /** The speaker the analysis gives a quotation overlapping the span, if any. */
    private String speakerOf(int start, int end) {
        return analysis.quotes().stream()
                .filter(q -> q.start() < end && q.end() > start).map(Quote::speaker).filter(s -> s != null)
                .findFirst().orElse(null);
    }

    public void accept(Quote q) {
        flushDetails();
        Article a = article.get();
        change(() -> service.annotate(a, q).id(), null);
    }

    public void accept(Claim c) {
        flushDetails();
        Article a = article.get();
        change(() -> service.annotate(a, c).id(), null);
    }

    /** Annotates every quotation found and not yet annotated; returns how many. */
    public int acceptAllQuotes() {
        flushDetails();
        List<Quote> open = List.copyOf(unannotatedQuotes);
        Article a = article.get();
        change(() -> {
            for (Quote q : open) {
                service.annotate(a, q);
            }
            return KEEP;
        }, () -> message.set(i18n.format("fc.addedQuotes", open.size())));
        return open.size();
    }

    public void setVerdict(Verdict v) {
        flushDetails();
        Annotation x = selected.get();
        if (x != null && x.verdict() != v) {
            change(() -> {
                Annotation now = fresh(x);
                if (now.verdict() != v) {
                    service.setVerdict(now, v);
                }
                return x.id();
            }, null);
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

    /** True while typed details wait to be saved. */
    public boolean hasDraft() {
        return draft != null;
    }

    /** Saves typed details (in the background, after any change in hand); the selection stays where it is. */
    public void flushDetails() {
        flushDetails(false);
    }

    /** Saves typed details at once on this thread: the window is closing and its executor with it. */
    public void flushBeforeClosing() {
        flushDetails(true);
    }

    private void flushDetails(boolean now) {
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
        if (now) { // the window is closing: saved here and now, not after what waits in the lane
            service.update(fresh(x), d.speaker(), d.note(), d.evidence());
            return;
        }
        change(() -> {
            service.update(fresh(x), d.speaker(), d.note(), d.evidence());
            return KEEP; // the editor may have chosen another annotation meanwhile: that one stays chosen
        }, null);
    }

    /** An annotation to select once its article's annotations are read (the inbox jumps to it). */
    private Long waitingFor;

    /** Selects the annotation now if it is listed, else as soon as its article's annotations are read. */
    public void selectWhenRead(long annotationId) {
        annotations.stream().filter(x -> x.id() == annotationId).findFirst().ifPresentOrElse(this::select,
                () -> waitingFor = annotationId);
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
            change(() -> {
                service.resolve(fresh(x), resolved);
                return x.id();
            }, null);
        }
    }

    public void deleteSelected() {
        flushDetails();
        Annotation x = selected.get();
        if (x != null) {
            change(() -> {
                service.delete(fresh(x));
                return null;
            }, () -> message.set(i18n.get("fc.deleted")));
        }
    }

    /** Saving the shown article's fact-check to a file. */
    FactCheckExport exporter() {
        return exporter;
    }
}
