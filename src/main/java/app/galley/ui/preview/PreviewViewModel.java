package app.galley.ui.preview;

import app.galley.model.Article;
import app.galley.publish.PreviewRenderer;
import app.galley.publish.PreviewService;
import app.galley.publish.Template;
import app.galley.publish.TemplateException;
import app.galley.publish.Templates;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.app.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preview pane's state: which template and width, whether annotations show, whether the
 * original is compared, whether the article's remote images may load; and the pages rendered for
 * the article as it is being edited. Rendering runs on its own thread, the latest request winning.
 */
public final class PreviewViewModel implements AutoCloseable {

    /** The setting naming the editor's own template folder. */
    public static final String TEMPLATE_FOLDER = "preview.templates";
    static final String TEMPLATE = "preview.template";
    static final String LAYOUT = "preview.layout";
    private static final Duration PAUSE = Duration.ofMillis(300);

    private final PreviewService service;
    private final UiSettings settings;
    private final ObservableList<Templates.Choice> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Templates.Choice> template = new SimpleObjectProperty<>();
    private final StringProperty layout = new SimpleStringProperty("desktop");
    private final BooleanProperty annotations = new SimpleBooleanProperty(false);
    private final BooleanProperty compare = new SimpleBooleanProperty(false);
    private final BooleanProperty remoteImages = new SimpleBooleanProperty(false);
    private final BooleanProperty hasRemoteImages = new SimpleBooleanProperty(false);
    private final StringProperty html = new SimpleStringProperty("");
    private final StringProperty originalHtml = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private TaskExecutor.Repeating pause = () -> { };
    private final AtomicLong generation = new AtomicLong();
    private final TaskExecutor tasks;
    private Article article;
    private String editedBody;
    private boolean adjusting;

    public PreviewViewModel(PreviewService service, TaskExecutor tasks, UiSettings settings) {
        this.service = service;
        this.tasks = tasks;
        this.settings = settings;
        layout.set(settings.get(LAYOUT, "desktop"));
        reloadTemplates();
        template.addListener((o, was, now) -> {
            if (now != null && !adjusting) {
                settings.put(TEMPLATE, now.id());
            }
            render();
        });
        layout.addListener((o, was, now) -> settings.put(LAYOUT, now));
        annotations.addListener((o, was, now) -> render());
        compare.addListener((o, was, now) -> render());
        remoteImages.addListener((o, was, now) -> {
            if (!adjusting && article != null) {
                long id = article.id();
                // the choice is stored before the page is rendered again with it
                tasks.submit(() -> service.allowRemoteImages(id, now), this::render);
            }
        });
    }

    /** Reads the templates again (the shipped ones and the editor's folder), keeping the choice if it is still there. */
    public void reloadTemplates() {
        String folder = settings.get(TEMPLATE_FOLDER, "");
        // the editor's folder is read off the FX thread (a slow or network disk)
        tasks.submit(() -> service.templates(folder.isBlank() ? null : Path.of(folder)), this::templatesRead,
                BackgroundTasks::log);
    }

    private void templatesRead(List<Templates.Choice> loaded) {
        String wanted = template.get() != null ? template.get().id() : settings.get(TEMPLATE, PreviewService.DEFAULT_TEMPLATE);
        adjusting = true;
        try {
            templates.setAll(loaded);
            template.set(find(loaded, wanted).or(() -> find(loaded, PreviewService.DEFAULT_TEMPLATE)).orElse(null));
        } finally {
            adjusting = false;
        }
        render();
    }

    /** Shows an article as saved. */
    public void show(Article a) {
        boolean same = a != null && article != null && a.id() == article.id();
        article = a;
        if (!same) {
            editedBody = null;
            adjusting = true;
            try {
                remoteImages.set(false);
            } finally {
                adjusting = false;
            }
            if (a != null) {
                long id = a.id();
                tasks.submit(() -> {
                    boolean allowed = service.remoteImagesAllowed(id);
                    tasks.onFx(() -> {
                        if (article != null && article.id() == id && allowed != remoteImages.get()) {
                            adjusting = true;
                            remoteImages.set(allowed);
                            adjusting = false;
                            render();
                        }
                    });
                });
            }
        } else if (editedBody != null && editedBody.equals(a.body())) {
            editedBody = null;
        }
        render();
    }

    /** The text in the editor changed: the preview follows after a short pause in the typing. */
    public void edited(String body) {
        if (article == null) {
            return;
        }
        editedBody = body;
        pause.close();
        pause = tasks.after(PAUSE, this::render);
    }

    private static java.util.Optional<Templates.Choice> find(List<Templates.Choice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private boolean active = true;

    /** Whether the preview is on screen (see {@link #setActive}). */
    public boolean active() {
        return active;
    }

    /**
     * Whether the preview is on screen: while it is not, nothing is rendered (a hidden preview costs
     * no template runs and no WebKit work); shown again, it renders the current state.
     */
    public void setActive(boolean on) {
        boolean was = active;
        active = on;
        if (on && !was) {
            render();
        }
    }

    /** Renders the current state now (off the FX thread); the newest request wins. */
    public void render() {
        pause.close();
        if (!active) {
            generation.incrementAndGet(); // a render still running is not shown either
            return;
        }
        long mine = generation.incrementAndGet();
        Article a = article;
        Templates.Choice choice = template.get();
        if (a == null || choice == null) {
            html.set("");
            originalHtml.set("");
            error.set("");
            return;
        }
        String body = editedBody != null ? editedBody : a.body();
        PreviewRenderer.Options options = options();
        boolean both = compare.get();
        tasks.submit(() -> {
            if (generation.get() != mine) {
                return;
            }
            String page = "";
            String original = "";
            String problem = "";
            boolean remote = false;
            List<app.galley.model.SignOff> held = List.of();
            try {
                Template t = requireUsable(choice);
                PreviewRenderer.Request request = service.request(a, a.title(), body, false);
                remote = PreviewService.hasRemoteImages(request);
                held = request.signOffs().stream().filter(x -> app.galley.service.SignOffs.holdsFor(x, body)).toList();
                page = service.render(request, t, options);
                if (both) {
                    original = service.render(service.request(a, a.title(), body, true), t, options);
                }
            } catch (TemplateException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "The preview failed: " + e;
            }
            String p = page;
            String o = original;
            String m = problem;
            boolean r = remote;
            List<app.galley.model.SignOff> h = held;
            tasks.onFx(() -> {
                if (generation.get() == mine) {
                    signedOff.set(h);
                    error.set(m);
                    hasRemoteImages.set(r);
                    originalHtml.set(o);
                    html.set(p);
                }
            });
        });
    }

    /** How pages are rendered now: annotations as chosen, the proof's own words in the interface's language. */
    private PreviewRenderer.Options options() {
        String language = settings.get(app.galley.ui.app.UiSettings.LANGUAGE, app.galley.ui.app.MainWindow.defaultLanguage());
        return service.options(language).withAnnotations(annotations.get());
    }

    private static Template requireUsable(Templates.Choice c) throws TemplateException {
        if (!c.usable()) {
            throw new TemplateException(c.problem());
        }
        return c.template();
    }

    /** Writes a PDF proof of the article as shown (edits included) through the first print template. */
    public void exportPdf(Path target, Consumer<String> done) {
        Article a = article;
        if (a == null) {
            return;
        }
        String body = editedBody != null ? editedBody : a.body();
        Templates.Choice choice = template.get();
        String folderSetting = settings.get(TEMPLATE_FOLDER, "");
        PreviewRenderer.Options options = options();
        tasks.submit(() -> {
            // the chosen template if it is a print layout, else the first print layout on offer (read here,
            // off the FX thread: the editor's folder may be on a slow disk)
            java.util.Optional<Template> print = choice != null && choice.usable()
                    && choice.template().manifest().kind() == Template.Kind.PRINT ? java.util.Optional.of(choice.template())
                    : service.printTemplate(templateFolder(folderSetting));
            String message;
            try {
                Template t = print.orElseThrow(() -> new TemplateException("No print template to make a proof with"));
                service.writePdf(service.request(a, a.title(), body, false), t, options, target);
                message = null;
            } catch (TemplateException | java.io.IOException | RuntimeException e) {
                message = target.getFileName() + ": " + e.getMessage();
            }
            String m = message;
            tasks.onFx(() -> done.accept(m));
        });
    }

    /** The width the page is laid out at, in CSS pixels, for the chosen template and layout. */
    public int width() {
        Templates.Choice c = template.get();
        return c == null || !c.usable() ? Template.Manifest.DEFAULT_WIDTHS.getOrDefault(layout.get(), 1280)
                : c.template().manifest().width(layout.get());
    }

    /** The editor's own template folder, if set and present (a disk read: off the FX thread). */
    private static Path templateFolder(String f) {
        return f.isBlank() || !Files.isDirectory(Path.of(f)) ? null : Path.of(f);
    }

    public ObservableList<Templates.Choice> templates() {
        return templates;
    }

    public ObjectProperty<Templates.Choice> templateProperty() {
        return template;
    }

    public StringProperty layoutProperty() {
        return layout;
    }

    public BooleanProperty annotationsProperty() {
        return annotations;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }

    public BooleanProperty remoteImagesProperty() {
        return remoteImages;
    }

    public BooleanProperty hasRemoteImagesProperty() {
        return hasRemoteImages;
    }

    public StringProperty htmlProperty() {
        return html;
    }

    public StringProperty originalHtmlProperty() {
        return originalHtml;
    }

    /** The sign-offs that hold for the text previewed (issue 23): the pane says them under the page. */
    public ObjectProperty<List<app.galley.model.SignOff>> signedOffProperty() {
        return signedOff;
    }

    private final ObjectProperty<List<app.galley.model.SignOff>> signedOff =
            new javafx.beans.property.SimpleObjectProperty<>(List.of());

    public StringProperty errorProperty() {
        return error;
    }

    @Override
    public void close() {
        generation.incrementAndGet(); // a render still running is not shown
    }
}
