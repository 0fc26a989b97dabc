package app.galley.ui.factcheck;

import app.galley.analyze.AnnotationService;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.ui.app.Drafts;
import app.galley.ui.app.TaskExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The comment thread of the selected annotation: read in the background, written in turn with the
 * fact-check's other changes, and the comment being written kept as a draft until it is posted.
 */
public final class CommentThread {

    private final AnnotationService service;
    private final TaskExecutor tasks;
    private final Supplier<Annotation> selected;
    /** Makes a change in the fact-check's lane, keeping the selection; runs the second argument after. */
    private final java.util.function.BiConsumer<Runnable, Runnable> change;
    private final Consumer<Throwable> failed;
    private final ObservableList<AnnotationComment> thread = FXCollections.observableArrayList();
    private Drafts drafts = Drafts.inMemory();

    CommentThread(AnnotationService service, TaskExecutor tasks, Supplier<Annotation> selected,
                  java.util.function.BiConsumer<Runnable, Runnable> change, Consumer<Throwable> failed) {
        this.service = service;
        this.tasks = tasks;
        this.selected = selected;
        this.change = change;
        this.failed = failed;
    }

    public ObservableList<AnnotationComment> list() {
        return thread;
    }

    public void useDrafts(Drafts d) {
        this.drafts = d;
    }

    public String draft() {
        Annotation x = selected.get();
        return x == null ? "" : drafts.get("comment", x.id());
    }

    public void setDraft(String text) {
        Annotation x = selected.get();
        if (x != null) {
            drafts.put("comment", x.id(), text);
        }
    }

    public void comment(String body, AnnotationComment replyTo) {
        Annotation x = selected.get();
        if (x != null && body != null && !body.isBlank()) {
            drafts.clear("comment", x.id());
            write(() -> service.comment(x.id(), replyTo == null ? null : replyTo.id(), body));
        }
    }

    public boolean mine(AnnotationComment c) {
        return c.author().equals(service.user()) && !c.deleted();
    }

    public void edit(AnnotationComment c, String body) {
        drafts.clear("comment", c.annotationId());
        write(() -> service.editComment(c, body));
    }

    public void delete(AnnotationComment c) {
        write(() -> service.deleteComment(c));
    }

    /** Reads the selected annotation's thread in the background. */
    void load() {
        Annotation x = selected.get();
        if (x == null) {
            thread.clear();
            return;
        }
        tasks.submit(() -> service.thread(x.id()), t -> {
            Annotation now = selected.get();
            if (now != null && now.id() == x.id()) {
                thread.setAll(t);
            }
        }, failed);
    }

    private void write(Runnable w) {
        change.accept(w, this::load);
    }
}
