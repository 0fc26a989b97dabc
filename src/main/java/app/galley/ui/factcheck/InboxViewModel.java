package app.galley.ui.factcheck;

import app.galley.analyze.AnnotationService;
import app.galley.model.AnnotationComment;
import app.galley.service.InboxService;
import app.galley.service.Services;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.app.UiSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The comment inbox (issue 23) as the window shows it: the list under its filters, the chosen
 * thread, and how many annotations and comments others added since the user last looked (and how
 * many name them), read again whenever the library's change sequence moves (a colleague's comment
 * arriving through the team library included). All reads and writes run off the FX thread.
 */
public final class InboxViewModel {

    static final String SEEN = "inbox.seen";
    private static final Duration EVERY = Duration.ofSeconds(2);

    private final Services services;
    private final AnnotationService annotations;
    private final TaskExecutor tasks;
    private final UiSettings settings;
    private final ObservableList<InboxService.Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<InboxService.Item> selected = new SimpleObjectProperty<>();
    private final BooleanProperty mentionsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty unresolvedOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty mineOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Long> article = new SimpleObjectProperty<>();
    private final ObjectProperty<String> author = new SimpleObjectProperty<>();
    private final IntegerProperty arrived = new SimpleIntegerProperty();
    private final IntegerProperty mentions = new SimpleIntegerProperty();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private volatile long lastSequence = -1;
    private TaskExecutor.Repeating repeating;

    public InboxViewModel(Services services, AnnotationService annotations, TaskExecutor tasks, UiSettings settings) {
        this.services = services;
        this.annotations = annotations;
        this.tasks = tasks;
        this.settings = settings;
        for (var p : List.of(mentionsOnly, unresolvedOnly, mineOnly)) {
            p.addListener((o, was, now) -> reload());
        }
        article.addListener((o, was, now) -> reload());
        author.addListener((o, was, now) -> reload());
    }

    /** Starts following the library: the count now, and again whenever something is written. */
    public void start() {
        if (repeating == null) {
            repeating = tasks.every(EVERY, this::check);
        }
    }

    public void stop() {
        if (repeating != null) {
            repeating.close();
            repeating = null;
        }
    }

    /** Off the FX thread: the counts (and the list, while shown) read again if the library moved. */
    private void check() {
        long seq = services.library().sequence();
        if (seq == lastSequence) {
            return;
        }
        lastSequence = seq;
        InboxService.Arrived a = services.inbox().arrivedSince(seen());
        tasks.onFx(() -> {
            arrived.set(a.items());
            mentions.set(a.mentions());
            if (showing.get()) {
                reload();
            }
        });
    }

    private Instant seen() {
        String kept = settings.get(SEEN, null);
        if (kept == null) { // first use: what is there already is not news
            Instant now = services.clock().instant();
            settings.put(SEEN, now.toString());
            return now;
        }
        return Instant.parse(kept);
    }

    /** The user looked: what arrived so far is no longer new. */
    public void markSeen() {
        settings.put(SEEN, services.clock().instant().toString());
        arrived.set(0);
        mentions.set(0);
    }

    /** Reads the list again under the filters, keeping the chosen item if it is still there. */
    public void reload() {
        String who = mineOnly.get() ? services.inbox().me() : author.get() == null || author.get().isBlank() ? null : author.get();
        InboxService.Filter f = new InboxService.Filter(article.get(), who, mentionsOnly.get(), unresolvedOnly.get());
        tasks.submit(() -> services.inbox().items(f), found -> {
            Long keep = selected.get() == null ? null : selected.get().annotation().id();
            items.setAll(found);
            selected.set(found.stream().filter(i -> keep != null && i.annotation().id() == keep).findFirst().orElse(null));
        }, BackgroundTasks::log);
    }

    /** Replies to the chosen thread. */
    public void reply(String text) {
        InboxService.Item i = selected.get();
        if (i != null && text != null && !text.isBlank()) {
            write(() -> annotations.comment(i.annotation().id(), null, text));
        }
    }

    /** Changes one of the user's own comments. */
    public void edit(AnnotationComment c, String text) {
        write(() -> annotations.editComment(c, text));
    }

    /** Deletes one of the user's own comments. */
    public void delete(AnnotationComment c) {
        write(() -> {
            annotations.deleteComment(c);
            return c;
        });
    }

    /** Resolves the chosen thread (or opens it again). */
    public void resolve(boolean resolved) {
        InboxService.Item i = selected.get();
        if (i != null) {
            write(() -> annotations.resolve(annotations.find(i.annotation().id()).orElse(i.annotation()), resolved));
        }
    }

    private void write(java.util.concurrent.Callable<?> work) {
        tasks.submit(work, done -> reload(), BackgroundTasks::log);
    }

    /** Whether a comment is the user's own (edit and delete are offered for those only). */
    public boolean mine(AnnotationComment c) {
        return c.author().equals(annotations.user()) && !c.deleted();
    }

    public ObservableList<InboxService.Item> items() {
        return items;
    }

    public ObjectProperty<InboxService.Item> selectedProperty() {
        return selected;
    }

    public BooleanProperty mentionsOnlyProperty() {
        return mentionsOnly;
    }

    public BooleanProperty unresolvedOnlyProperty() {
        return unresolvedOnly;
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    /** The author the list is narrowed to: of the annotation or a comment (null: anyone). */
    public ObjectProperty<String> authorProperty() {
        return author;
    }

    /** The article the list is narrowed to (null: the whole library). */
    public ObjectProperty<Long> articleProperty() {
        return article;
    }

    /** Whether the inbox is open (its list is then kept up to date too). */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public IntegerProperty arrivedProperty() {
        return arrived;
    }

    public IntegerProperty mentionsProperty() {
        return mentions;
    }
}
