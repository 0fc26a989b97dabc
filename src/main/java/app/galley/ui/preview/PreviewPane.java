package app.galley.ui.preview;

import app.galley.ui.app.DialogService;
import app.galley.ui.app.I18n;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The article as it will be published, beside the editor: a WebView (JavaScript off, nothing
 * fetched, links inert) showing the page the chosen template makes, at the desktop, tablet or phone
 * width (scaled down to fit), with annotations or without, the original beside the cleaned text on
 * request. It follows the editing, keeping its scroll position. View › Preview Pane shows it.
 */
public final class PreviewPane {

    /** The setting that remembers whether the pane is shown. */
    public static final String PANEL = "preview.panel";

    private final PreviewViewModel model;
    private final I18n i18n;
    /** The pages, made when the pane is first shown: a WebView costs a second to make, a hidden pane nothing. */
    private Page current;
    private Page original;
    private final VBox root = new VBox();
    private final HBox pages = new HBox(8);
    private final Label error = new Label();
    private final Label status = new Label();

    private final DialogService dialogs;

    public PreviewPane(PreviewViewModel model, I18n i18n, DialogService dialogs) {
        this.dialogs = dialogs;
        this.model = model;
        this.i18n = i18n;
        root.setId("previewPane");
    }

    Node node() {
        built();
        return root;
    }

    /** Builds the pane's controls and its page the first time it is needed. */
    private void built() {
        if (current == null) {
            current = new Page("previewWeb");
            build();
        }
    }

    /** The page of the original text, made the first time the comparison is asked for. */
    private Page original() {
        if (original == null) {
            original = new Page("previewOriginal");
            original.caption.setText(i18n.get("preview.original"));
            original.load(model.originalHtmlProperty().get());
        }
        return original;
    }

    private void build() {
        root.getStyleClass().add("preview-pane");
        root.setMinWidth(260);
        ComboBox<app.galley.publish.Templates.Choice> templates = new ComboBox<>(model.templates());
        templates.setId("previewTemplate");
        templates.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(app.galley.publish.Templates.Choice c) {
                return c == null ? "" : i18n.template(c);
            }

            @Override
            public app.galley.publish.Templates.Choice fromString(String s) {
                return null; // not editable
            }
        });
        templates.valueProperty().bindBidirectional(model.templateProperty());
        templates.setTooltip(new Tooltip(i18n.get("preview.template")));

        ToggleGroup widths = new ToggleGroup();
        HBox sizes = new HBox();
        sizes.getStyleClass().add("segmented");
        for (String[] w : new String[][] {{"desktop", "mdi2m-monitor"}, {"tablet", "mdi2t-tablet"}, {"phone", "mdi2c-cellphone"}}) {
            ToggleButton b = new ToggleButton(null, new FontIcon(w[1]));
            b.setId("preview-" + w[0]);
            b.setUserData(w[0]);
            b.setToggleGroup(widths);
            b.setTooltip(new Tooltip(i18n.get("preview.width." + w[0])));
            b.setSelected(w[0].equals(model.layoutProperty().get()));
            sizes.getChildren().add(b);
        }
        widths.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                widths.selectToggle(was); // one width is always chosen
            } else {
                model.layoutProperty().set((String) now.getUserData());
                fit();
            }
        });

        ToggleButton notes = new ToggleButton(i18n.get("preview.annotations"), new FontIcon("mdi2c-comment-check-outline"));
        notes.setId("previewAnnotations");
        notes.selectedProperty().bindBidirectional(model.annotationsProperty());
        ToggleButton compare = new ToggleButton(i18n.get("preview.compare"), new FontIcon("mdi2c-compare"));
        compare.setId("previewCompare");
        compare.selectedProperty().bindBidirectional(model.compareProperty());
        compare.setTooltip(new Tooltip(i18n.get("preview.compare.tooltip")));
        ToggleButton remote = new ToggleButton(i18n.get("preview.remoteImages"), new FontIcon("mdi2i-image-outline"));
        remote.setId("previewRemoteImages");
        remote.selectedProperty().bindBidirectional(model.remoteImagesProperty());
        remote.setTooltip(new Tooltip(i18n.get("preview.remoteImages.tooltip")));
        remote.visibleProperty().bind(model.hasRemoteImagesProperty());
        remote.managedProperty().bind(remote.visibleProperty());
        Button pdf = new Button(i18n.get("preview.pdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId("previewPdf");
        pdf.setOnAction(e -> exportPdf());

        // a flow, not a tool bar: in a narrow pane the controls wrap instead of hiding in an overflow menu
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 6, templates, sizes, notes, compare, remote, pdf);
        bar.setPadding(new Insets(6));
        bar.getStyleClass().add("preview-bar");
        error.setId("previewError");
        error.getStyleClass().add("preview-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        status.setId("previewStatus");
        status.getStyleClass().add("preview-status");

        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(8));
        pages.getStyleClass().add("preview-stage");
        pages.getChildren().add(current.box);
        pages.visibleProperty().bind(model.errorProperty().isEmpty());
        VBox.setVgrow(pages, Priority.ALWAYS);
        root.getChildren().addAll(bar, error, pages, status);

        model.htmlProperty().addListener((o, was, now) -> current.load(now));
        model.originalHtmlProperty().addListener((o, was, now) -> {
            if (original != null || model.compareProperty().get()) {
                original().load(now);
            }
        });
        model.compareProperty().addListener((o, was, now) -> {
            if (now) {
                pages.getChildren().setAll(original().box, current.box);
            } else {
                pages.getChildren().setAll(current.box);
            }
            fit();
        });
        current.caption.textProperty().bind(javafx.beans.binding.Bindings.when(model.compareProperty())
                .then(i18n.get("preview.cleaned")).otherwise(""));
        ChangeListener<Object> refit = (o, was, now) -> fit();
        // the pane's width comes from the split it sits in, never from the page shown in it
        pages.setMinWidth(0);
        root.widthProperty().addListener(refit);
        model.templateProperty().addListener(refit);
        model.signedOffProperty().addListener(refit); // the status line says who signed the text off
        current.load(model.htmlProperty().get());
    }

    /**
     * Lays each page out at the template's width for the chosen layout, scaled down to fit the pane
     * (a 1,280-pixel desktop page in a 600-pixel pane is shown at 47 %), never up.
     */
    private void fit() {
        int layoutWidth = model.width();
        int shown = model.compareProperty().get() ? 2 : 1;
        double available = Math.max(120, (root.getWidth() - 16 - 8 * (shown - 1)) / shown);
        double zoom = Math.min(1, available / layoutWidth);
        for (Page p : new Page[] {current, original}) {
            if (p == null) {
                continue;
            }
            p.web.setZoom(zoom);
            p.web.setPrefWidth(layoutWidth * zoom);
            p.web.setMaxWidth(layoutWidth * zoom);
            p.box.setMaxWidth(layoutWidth * zoom);
            p.box.getStyleClass().removeAll("phone", "tablet", "desktop");
            p.box.getStyleClass().add(model.layoutProperty().get());
        }
        var held = model.signedOffProperty().get();
        status.setText(i18n.format("preview.status", i18n.get("preview.device." + model.layoutProperty().get()),
                layoutWidth, Math.round(zoom * 100)) + " · " + (held.isEmpty() ? i18n.get("preview.notSignedOff")
                : String.join(", ", held.stream().map(x -> i18n.format("preview.signedOff", i18n.status(x.status()), x.by()))
                        .toList())));
    }

    private void exportPdf() {
        dialogs.chooseSaveFile(root.getScene().getWindow(), i18n.get("preview.pdf"), "proof.pdf",
                java.util.List.of(new DialogService.FileFilter("PDF", java.util.List.of("*.pdf")))).ifPresent(this::exportPdf);
    }

    /** Writes the proof (tests call this directly: Monocle has no file dialogs). */
    void exportPdf(java.nio.file.Path target) {
        status.setText(i18n.get("preview.pdf.running"));
        model.exportPdf(target, problem -> status.setText(problem == null
                ? i18n.format("preview.pdf.done", target.getFileName()) : problem));
    }

    WebEngine engine() {
        built();
        return current.web.getEngine();
    }

    WebEngine originalEngine() {
        built();
        return original().web.getEngine();
    }

    /**
     * The pane, shown: its pages are made the first time, and it renders the article from now on
     * (a hidden pane renders nothing). The window puts it under the tool area (View › Preview Pane).
     */
    public Node show() {
        built();
        if (model.active()) {
            model.render();
        } else {
            model.setActive(true); // which renders
        }
        return root;
    }

    /** The pane is no longer shown: it stops rendering. */
    public void hide() {
        model.setActive(false);
    }

    /** One rendered page: a WebView with JavaScript off whose scroll position survives reloading. */
    private static final class Page {
        final WebView web = new WebView();
        final Label caption = new Label();
        final VBox box = new VBox(4);
        private double scrollY;
        private String loaded = "";

        Page(String id) {
            web.setId(id);
            web.setContextMenuEnabled(false);
            WebEngine engine = web.getEngine();
            engine.setJavaScriptEnabled(false);
            // nothing navigates away from the preview: links are inert, but a refresh or a click is undone
            engine.locationProperty().addListener((o, was, now) -> {
                if (now != null && !now.isEmpty() && !now.startsWith("about:") && !loaded.isEmpty()) {
                    javafx.application.Platform.runLater(() -> engine.loadContent(loaded));
                }
            });
            engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == Worker.State.SUCCEEDED && scrollY > 0) {
                    scrollTo(scrollY);
                }
            });
            caption.getStyleClass().add("preview-caption");
            caption.managedProperty().bind(caption.textProperty().isNotEmpty());
            box.getStyleClass().add("preview-page");
            box.getChildren().addAll(caption, web);
            VBox.setVgrow(web, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.NEVER);
            box.setMinWidth(0);
            web.setMinWidth(0);
        }

        void load(String html) {
            scrollY = currentScroll();
            loaded = html == null ? "" : html;
            web.getEngine().loadContent(loaded, "text/html");
        }

        /** The page's own scripts never run; the pane reads and sets the scroll position only. */
        private double currentScroll() {
            try {
                Object y = web.getEngine().executeScript("window.scrollY");
                return y instanceof Number n ? n.doubleValue() : 0;
            } catch (RuntimeException e) {
                return 0;
            }
        }

        private void scrollTo(double y) {
            try {
                web.getEngine().executeScript("window.scrollTo(0, " + y + ")");
            } catch (RuntimeException e) {
                // a page without a window to scroll: nothing to keep
            }
        }
    }
}
