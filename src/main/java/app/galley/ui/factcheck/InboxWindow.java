package app.galley.ui.factcheck;

import app.galley.model.AnnotationComment;
import app.galley.service.InboxService;
import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The comment inbox window (issue 23): every open thread across the library, filtered; the chosen
 * thread with a reply field; edit and delete of one's own comments (their context menu); Resolve;
 * and Go to Text, which shows the annotation in its article.
 */
public final class InboxWindow {

    private final InboxViewModel model;
    private final I18n i18n;
    private final Formats formats;
    private final Consumer<InboxService.Item> goTo;
    private Stage stage;

    private final java.util.function.Supplier<Long> shown;

    /**
     * @param goTo  shows an item's annotation in its article, in the main window
     * @param shown the article the main window shows (null: none), for "this article only"
     */
    public InboxWindow(InboxViewModel model, I18n i18n, Consumer<InboxService.Item> goTo, java.util.function.Supplier<Long> shown) {
        this.shown = shown;
        this.model = model;
        this.i18n = i18n;
        this.formats = new Formats(i18n);
        this.goTo = goTo;
    }

    /** Opens the inbox (or brings it forward); what arrived is then no longer new. */
    public void show(Window owner) {
        if (stage == null) {
            stage = build(owner);
        }
        model.markSeen();
        model.showingProperty().set(true);
        model.reload();
        stage.show();
        stage.toFront();
    }

    private Stage build(Window owner) {
        CheckBox unresolved = new CheckBox(i18n.get("inbox.unresolved"));
        unresolved.setId("inboxUnresolved");
        unresolved.selectedProperty().bindBidirectional(model.unresolvedOnlyProperty());
        CheckBox mentions = new CheckBox(i18n.get("inbox.mentions"));
        mentions.setId("inboxMentions");
        mentions.selectedProperty().bindBidirectional(model.mentionsOnlyProperty());
        CheckBox mine = new CheckBox(i18n.get("inbox.mine"));
        mine.setId("inboxMine");
        mine.selectedProperty().bindBidirectional(model.mineOnlyProperty());
        CheckBox thisArticle = new CheckBox(i18n.get("inbox.thisArticle"));
        thisArticle.setId("inboxThisArticle");
        thisArticle.selectedProperty().addListener((o, was, now) -> model.articleProperty().set(now ? shown.get() : null));
        javafx.scene.control.ComboBox<String> author = new javafx.scene.control.ComboBox<>();
        author.setId("inboxAuthor");
        author.setPromptText(i18n.get("inbox.anyone"));
        author.getItems().add("");
        author.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? i18n.get("inbox.anyone") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        author.valueProperty().addListener((o, was, now) -> model.authorProperty().set(now == null || now.isEmpty() ? null : now));
        model.items().addListener((javafx.collections.ListChangeListener<InboxService.Item>) ch -> {
            java.util.Set<String> names = new java.util.TreeSet<>(author.getItems());
            model.items().forEach(i -> {
                names.add(i.annotation().author());
                i.thread().forEach(m -> names.add(m.author()));
            });
            if (!names.equals(new java.util.TreeSet<>(author.getItems()))) {
                String keep = author.getValue();
                author.getItems().setAll(names);
                author.setValue(keep);
            }
        });
        HBox filters = new HBox(12, unresolved, mentions, mine, thisArticle, author);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));

        ListView<InboxService.Item> list = new ListView<>(model.items());
        list.setId("inboxList");
        list.setPlaceholder(new Label(i18n.get("inbox.empty")));
        list.setCellFactory(v -> new ItemCell());
        // three lines a cell (the theme's cells are two lines tall)
        list.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 4.2) + 10);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });

        Label quote = new Label();
        quote.setId("inboxQuote");
        quote.setWrapText(true);
        quote.setMinHeight(Region.USE_PREF_SIZE);
        VBox thread = new VBox(8);
        thread.setId("inboxThread");
        thread.setPadding(new Insets(4));
        javafx.scene.control.ScrollPane threadScroll = new javafx.scene.control.ScrollPane(thread);
        threadScroll.setFitToWidth(true);
        VBox.setVgrow(threadScroll, Priority.ALWAYS);
        TextArea reply = new TextArea();
        reply.setId("inboxReply");
        reply.setPromptText(i18n.get("inbox.reply.prompt"));
        reply.setPrefRowCount(2);
        reply.setWrapText(true);
        Button send = new Button(i18n.get("inbox.reply"));
        send.setId("inboxReplyButton");
        send.setOnAction(e -> {
            model.reply(reply.getText());
            reply.clear();
        });
        Button resolve = new Button(i18n.get("inbox.resolve"));
        resolve.setId("inboxResolve");
        resolve.setOnAction(e -> model.resolve(!model.selectedProperty().get().annotation().resolved()));
        Button go = new Button(i18n.get("inbox.goTo"));
        go.setId("inboxGoTo");
        go.setOnAction(e -> goTo.accept(model.selectedProperty().get()));
        for (Button b : new Button[] {send, resolve, go}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        model.selectedProperty().addListener((o, was, now) -> {
            thread.getChildren().setAll(now == null || now.thread().isEmpty()
                    ? java.util.List.of(new Label(i18n.get("inbox.noComments")))
                    : now.thread().stream().map(this::comment).toList());
            quote.setText(now == null ? "" : now.articleTitle() + "\n「" + now.annotation().target().exact() + "」"
                    + (now.annotation().note() == null || now.annotation().note().isBlank() ? "" : "\n" + now.annotation().note()));
            resolve.setText(i18n.get(now != null && now.annotation().resolved() ? "inbox.reopen" : "inbox.resolve"));
        });
        HBox actions = new HBox(8, send, resolve, go);
        VBox detail = new VBox(8, quote, threadScroll, reply, actions);
        detail.setPadding(new Insets(8));
        SplitPane split = new SplitPane(list, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(filters, split);
        root.setId("inboxRoot");

        Stage s = new Stage();
        s.initOwner(owner);
        s.titleProperty().bind(Bindings.createStringBinding(() -> i18n.format("inbox.title", model.items().size()),
                model.items()));
        Scene scene = new Scene(root, 1000, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        s.setScene(scene);
        s.setOnHidden(e -> model.showingProperty().set(false));
        return s;
    }

    /** The columns a list line shows (a Chinese character is two): what fits the list at its opening width. */
    private static final int LINE = 46;

    private final class ItemCell extends ListCell<InboxService.Item> {
        @Override
        protected void updateItem(InboxService.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                app.galley.ui.app.CellLines.show(this, LINE);
                return;
            }
            AnnotationComment lastComment = item.thread().isEmpty() ? null : item.thread().get(item.thread().size() - 1);
            String last = lastComment == null ? item.annotation().author() + " · " + formats.instant(item.latest())
                    : lastComment.author() + " · " + formats.instant(lastComment.created()) + ": "
                    + (lastComment.deleted() ? i18n.get("inbox.deleted") : lastComment.body());
            app.galley.ui.app.CellLines.show(this, LINE, (item.mentionsMe() ? "@ " : "") + item.articleTitle(),
                    "「" + item.annotation().target().exact() + "」", last);
        }
    }

    /** One comment of the thread, whole (wrapped); one's own with Edit and Delete in its context menu. */
    private Label comment(AnnotationComment c) {
        Label l = new Label(c.author() + " · " + formats.instant(c.created()) + "\n"
                + (c.deleted() ? i18n.get("inbox.deleted") : c.body()));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("inbox-comment");
        l.setUserData(c);
        if (model.mine(c)) {
            MenuItem edit = new MenuItem(i18n.get("inbox.edit"));
            edit.setId("inboxEdit");
            edit.setOnAction(e -> {
                TextInputDialog d = new TextInputDialog(c.body());
                d.initOwner(l.getScene().getWindow());
                d.setHeaderText(i18n.get("inbox.edit"));
                d.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> model.edit(c, t));
            });
            MenuItem delete = new MenuItem(i18n.get("inbox.delete"));
            delete.setId("inboxDelete");
            delete.setOnAction(e -> model.delete(c));
            l.setContextMenu(new ContextMenu(edit, delete));
        }
        return l;
    }
}
