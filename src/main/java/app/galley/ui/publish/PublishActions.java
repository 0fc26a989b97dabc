package app.galley.ui.publish;

import app.galley.model.PublishTarget;
import app.galley.service.FactCheckGate;
import app.galley.ui.app.I18n;
import app.galley.ui.app.UnsavedInput;
import app.galley.ui.library.LibraryViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The publishing commands: Article › Publish to WordPress… and Unpublish…, File › Outbox… and
 * Publishing Targets… (passwords shown masked, kept outside the library), and Article › Export
 * Selected… (see {@link ExportDialog}).
 */
public final class PublishActions {

    private final OutboxViewModel outbox;
    private final LibraryViewModel library;
    private final ExportDialog export;
    private final I18n i18n;

    public PublishActions(OutboxViewModel outbox, LibraryViewModel library, ExportDialog export, I18n i18n) {
        this.outbox = outbox;
        this.library = library;
        outbox.problemProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty()) {
                library.messageProperty().set(now);
            }
        });
        this.export = export;
        this.i18n = i18n;
    }

    public void install(Menu file, Menu article, Supplier<Window> owner) {
        // exporting and publishing pass the fact-check gate first (the editor is asked if it is not ready)
        MenuItem publish = item("publishItem", "action.publish", "Shortcut+Shift+U", () -> library.gate().pass(selection(),
                FactCheckGate.Action.PUBLISH, () -> publish(owner.get(), false)));
        MenuItem unpublish = item("unpublishItem", "action.unpublish", null, () -> publish(owner.get(), true));
        MenuItem exportItem = item("exportItem", "action.export", "Shortcut+E", () -> {
            List<Long> ids = selection();
            library.gate().pass(ids, FactCheckGate.Action.EXPORT, () -> export.show(owner.get(), ids));
        });
        // the saved export profiles, each a one-click export of the selection
        Menu exportWith = new Menu(i18n.get("action.exportWith"));
        exportWith.setId("exportWithMenu");
        exportWith.getItems().add(new MenuItem()); // a menu with no items never shows
        exportWith.setOnShowing(e -> {
            exportWith.getItems().clear();
            for (app.galley.service.ExportService.Profile p : export.profiles()) {
                MenuItem m = new MenuItem(p.name() + "  ·  " + p.destination());
                m.setId("exportProfile-" + p.name().replaceAll("\\W+", "-"));
                m.setOnAction(x -> {
                    List<Long> ids = selection();
                    library.gate().pass(ids, FactCheckGate.Action.EXPORT, () -> export.run(owner.get(), ids, p));
                });
                exportWith.getItems().add(m);
            }
            if (exportWith.getItems().isEmpty()) {
                MenuItem none = new MenuItem(i18n.get("export.profiles.none"));
                none.setDisable(true);
                exportWith.getItems().add(none);
            }
        });
        MenuItem embargo = item("embargoItem", "action.embargo", null, () -> embargo(owner.get()));
        for (MenuItem m : List.of(publish, unpublish, exportItem, exportWith, embargo)) {
            m.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(library.selection()));
        }
        article.getItems().addAll(new SeparatorMenuItem(), publish, unpublish, embargo, exportItem, exportWith);
        MenuItem outboxItem = item("outboxItem", "action.outbox", null, () -> new OutboxDialog(outbox, i18n).show(owner.get()));
        MenuItem targets = item("targetsItem", "action.targets", null, () -> targets(owner.get()));
        int at = Math.max(0, file.getItems().size() - 4); // before Preferences and Quit
        file.getItems().addAll(at, List.of(outboxItem, targets, new SeparatorMenuItem()));
    }

    private List<Long> selection() {
        return List.copyOf(library.selection());
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(i18n.get(key));
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Chooses a target (and a post status) and queues the selected articles in the outbox. */
    void publish(Window owner, boolean back) {
        List<Long> ids = selection();
        List<PublishTarget> targets = outbox.targets();
        if (targets.isEmpty()) { // a target first; once it is saved, the choice of target follows
            targets(owner, () -> {
                if (!outbox.targets().isEmpty()) {
                    publish(owner, back);
                }
            });
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format(back ? "publish.unpublishTitle" : "publish.title", ids.size()));
        dialog.getDialogPane().setId("publishDialog");
        ButtonType go = new ButtonType(i18n.get(back ? "action.unpublish.short" : "action.publish.short"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        ComboBox<String> target = new ComboBox<>();
        target.setId("publishTarget");
        targets.forEach(t -> target.getItems().add(t.name()));
        target.getSelectionModel().selectFirst();
        ComboBox<String> status = new ComboBox<>();
        status.setId("publishStatus");
        status.getItems().setAll("draft", "pending", "publish");
        status.setValue("draft");
        GridPane grid = grid();
        grid.addRow(0, new Label(i18n.get("publish.target")), target);
        app.galley.ui.app.WhenFields when = new app.galley.ui.app.WhenFields("publish");
        if (!back) {
            grid.addRow(1, new Label(i18n.get("publish.status")), status);
            grid.addRow(2, new Label(i18n.get("publish.at")), when.node()); // empty: now (issue 23)
        }
        Label note = new Label(i18n.get("publish.note"));
        note.setWrapText(true);
        note.getStyleClass().add("placeholder-text");
        grid.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        dialog.getDialogPane().lookupButton(go).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!when.valid(zone)) {
                note.setText(i18n.get("when.bad"));
                e.consume();
            }
        });
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == go) {
            if (back) {
                outbox.unpublish(ids, target.getValue());
            } else {
                java.time.Instant at = when.value(zone).orElse(null);
                outbox.publish(ids, target.getValue(), status.getValue(), at);
                if (at != null) {
                    library.messageProperty().set(i18n.format("publish.scheduled", ids.size(), target.getValue(),
                            new app.galley.ui.app.Formats(i18n).instant(at)));
                    return;
                }
            }
            library.messageProperty().set(i18n.format("publish.queued", ids.size(), target.getValue()));
        }
    }

    /** Embargoes the selected articles until a day and time, or lifts their embargo (issue 23). */
    void embargo(Window owner) {
        List<Long> ids = selection();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format("embargo.title", ids.size()));
        dialog.getDialogPane().setId("embargoDialog");
        ButtonType set = new ButtonType(i18n.get("embargo.set"), ButtonBar.ButtonData.OK_DONE);
        ButtonType lift = new ButtonType(i18n.get("embargo.lift"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(set, lift, ButtonType.CANCEL);
        app.galley.ui.app.WhenFields until = new app.galley.ui.app.WhenFields("embargo");
        Label note = new Label(i18n.get("embargo.note"));
        note.setWrapText(true);
        note.getStyleClass().add("placeholder-text");
        GridPane grid = grid();
        grid.addRow(0, new Label(i18n.get("embargo.until")), until.node());
        grid.add(note, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        dialog.getDialogPane().lookupButton(set).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!until.valid(zone) || until.value(zone).isEmpty()) {
                note.setText(i18n.get("when.bad"));
                e.consume();
            }
        });
        ButtonType chosen = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (chosen == set || chosen == lift) {
            java.time.Instant at = chosen == set ? until.value(zone).orElseThrow() : null;
            outbox.embargo(ids, at);
            library.messageProperty().set(at == null ? i18n.format("embargo.lifted", ids.size())
                    : i18n.format("embargo.done", ids.size(), new app.galley.ui.app.Formats(i18n).instant(at)));
        }
    }

    /** Adds or changes a publishing target: site address, user, Application Password (shown masked). */
    void targets(Window owner) {
        targets(owner, () -> { });
    }

    private void targets(Window owner, Runnable afterSaving) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("targets.title"));
        dialog.getDialogPane().setId("targetsDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<String> name = new ComboBox<>();
        name.setId("targetName");
        name.setEditable(true);
        outbox.targets().forEach(t -> name.getItems().add(t.name()));
        TextField url = new TextField();
        url.setId("targetUrl");
        url.setPromptText("https://news.example.com");
        TextField user = new TextField();
        user.setId("targetUser");
        PasswordField password = new PasswordField();
        password.setId("targetPassword");
        Label saved = new Label();
        saved.setId("targetSavedPassword");
        name.valueProperty().addListener((o, was, now) -> outbox.targets().stream().filter(t -> t.name().equals(now))
                .findFirst().ifPresent(t -> {
                    url.setText(t.siteUrl());
                    user.setText(t.username());
                    saved.setText(outbox.maskedPassword(t));
                }));
        Label warning = new Label();
        warning.setId("targetWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("fc-warning");
        // the password belongs to the site and user it was given for: another address asks for it again
        Runnable check = () -> {
            String u = url.getText() == null ? "" : url.getText().strip();
            warning.setText(app.galley.publish.OutboxService.warning(u).isPresent() ? i18n.get("targets.httpWarning") : "");
            outbox.targets().stream().filter(t -> t.name().equals(name.getValue())).findFirst().ifPresent(t -> {
                boolean same = sameSite(t.siteUrl(), u) && t.username().equals(user.getText().strip());
                saved.setText(same ? outbox.maskedPassword(t) : i18n.get("targets.needPassword"));
            });
        };
        url.textProperty().addListener((o, was, now) -> check.run());
        user.textProperty().addListener((o, was, now) -> check.run());
        name.getSelectionModel().selectFirst();
        GridPane grid = grid();
        grid.addRow(0, new Label(i18n.get("targets.name")), name);
        grid.addRow(1, new Label(i18n.get("targets.url")), url);
        grid.addRow(2, new Label(i18n.get("targets.user")), user);
        grid.addRow(3, new Label(i18n.get("targets.password")), password);
        grid.addRow(4, new Label(i18n.get("targets.saved")), saved);
        Label note = new Label(i18n.get("targets.note"));
        note.setWrapText(true);
        note.getStyleClass().add("placeholder-text");
        grid.add(note, 0, 5, 2, 1);
        grid.add(warning, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(520);
        UnsavedInput.guard(dialog, i18n, () -> java.util.Arrays.asList(name.getValue(), url.getText(),
                user.getText(), password.getText()));
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        String n = name.getEditor().getText() == null || name.getEditor().getText().isBlank() ? name.getValue()
                : name.getEditor().getText().strip();
        outbox.saveTarget(n, url.getText().strip(), user.getText().strip(), password.getText(), problem -> {
            if (problem == null) {
                library.messageProperty().set(i18n.format("targets.savedMessage", n));
                afterSaving.run();
            } else {
                library.messageProperty().set(n + ": " + problem);
            }
        });
    }

    private static boolean sameSite(String a, String b) {
        return app.galley.publish.OutboxService.sameSite(a, b);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        return grid;
    }
}
