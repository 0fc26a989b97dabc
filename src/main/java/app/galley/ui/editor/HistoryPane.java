package app.galley.ui.editor;

import app.galley.clean.Cleaning;
import app.galley.model.Article;
import app.galley.model.Revision;
import app.galley.service.RevisionDiffs;
import app.galley.text.Change;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History tab: the article's revisions, newest first. Selecting one shows what changed from the
 * revision before it; selecting two shows the difference between them (removed text struck through,
 * added text highlighted). Restore saves the selected revision as the newest one (undoable).
 */
final class HistoryPane {

    private final EditingViewModel editing;
    private final I18n i18n;
    private final Formats formats;
    private final VBox root = new VBox();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ListView<Revision> list = new ListView<>(revisions);
    private final StyleClassedTextArea diff = new StyleClassedTextArea();
    private final Label summary = new Label();
    private final ObservableList<app.galley.model.AuditEvent> events = FXCollections.observableArrayList();
    private final ListView<app.galley.model.AuditEvent> activity = new ListView<>(events);
    private final AuditText auditText;
    private final RevisionNoteText noteText;
    private Article article;

    HistoryPane(EditingViewModel editing, I18n i18n) {
        this.editing = editing;
        this.i18n = i18n;
        this.formats = new Formats(i18n);
        this.auditText = new AuditText(i18n, formats);
        this.noteText = new RevisionNoteText(i18n, formats);
        root.setId("historyPane");
        list.setId("revisionList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new RevisionCell());
        list.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Revision>) c -> compare());
        Button restore = new Button(i18n.get("history.restore"), new FontIcon("mdi2b-backup-restore"));
        restore.setId("restoreButton");
        restore.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        restore.setOnAction(e -> restore());
        summary.setId("historySummary");
        summary.setWrapText(true); // two dates and a count: on a narrow tool area, two lines
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setPadding(new Insets(4, 8, 4, 8));
        diff.setId("historyDiff");
        diff.setEditable(false);
        diff.setWrapText(true);
        diff.getStyleClass().add("clean-diff");
        SplitPane split = new SplitPane(list, new VirtualizedScrollPane<>(diff));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        VBox revisionsBox = new VBox(new ToolBar(restore), summary, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        // the audit trail beside the revisions: who did what to the article, and when (issue 23)
        activity.setId("activityList");
        activity.setCellFactory(v -> new EventCell());
        activity.setPlaceholder(new Label(i18n.get("history.noActivity")));
        javafx.scene.control.Tab revisionsTab = new javafx.scene.control.Tab(i18n.get("history.revisions"), revisionsBox);
        javafx.scene.control.Tab activityTab = new javafx.scene.control.Tab(i18n.get("history.activity"), activity);
        activityTab.setId("activityTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(revisionsTab, activityTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("historyTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().add(tabs);
    }

    Node node() {
        return root;
    }

    /** Shows the history of an article (again, after it was saved). */
    void show(Article a) {
        boolean same = article != null && a != null && article.id() == a.id();
        article = a;
        if (a == null) {
            revisions.clear();
            events.clear();
            diff.clear();
            return;
        }
        if (!same) {
            revisions.clear(); // nothing of the last article stays while this one's history is read
            events.clear();
        }
        long id = a.id();
        editing.tasks().submit(() -> editing.events(id), all -> {
            if (article != null && article.id() == id && !all.equals(events)) {
                events.setAll(all);
            }
        }, BackgroundTasks::log);
        editing.tasks().submit(() -> {
            List<Revision> all = new ArrayList<>(editing.revisions(id));
            all.sort(Comparator.comparingLong(Revision::id).reversed());
            return all;
        }, all -> {
            if (article == null || article.id() != id || all.equals(revisions)) {
                return;
            }
            revisions.setAll(all);
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(0);
        }, BackgroundTasks::log);
    }

    private void compare() {
        long mine = ++comparing;
        List<Revision> chosen = new ArrayList<>(list.getSelectionModel().getSelectedItems());
        chosen.removeIf(java.util.Objects::isNull);
        if (chosen.isEmpty()) {
            diff.clear();
            summary.setText("");
            return;
        }
        chosen.sort(Comparator.comparingLong(Revision::id));
        Revision newer = chosen.get(chosen.size() - 1);
        Revision older = chosen.size() > 1 ? chosen.get(0) : previous(newer);
        if (older == null) {
            summary.setText(i18n.format("history.first", formats.instant(newer.created())));
            show(newer.body(), new Cleaning(newer.body(), List.of()));
            return;
        }
        // a revision against the one before it: the changes it was saved with, when they rebuild it exactly
        boolean one = chosen.size() == 1;
        editing.tasks().submit(() -> {
            List<Change> stored = one ? EditingViewModel.changesOf(newer) : List.of();
            return !stored.isEmpty() && rebuilds(older.body(), stored, newer.body())
                    ? new Cleaning(older.body(), stored)
                    : RevisionDiffs.diff(older.body(), newer.body());
        }, d -> {
            if (mine != comparing) {
                return; // another pair was chosen meanwhile
            }
            summary.setText(i18n.format("history.compare", formats.instant(older.created()),
                    formats.instant(newer.created()), d.changes().size()));
            show(older.body(), d);
        }, BackgroundTasks::log);
    }

    private long comparing;

    private static boolean rebuilds(String from, List<Change> changes, String to) {
        try {
            return new Cleaning(from, changes).cleaned().equals(to);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Revision previous(Revision r) {
        int i = revisions.indexOf(r);
        return i >= 0 && i + 1 < revisions.size() ? revisions.get(i + 1) : null;
    }

    private void show(String text, Cleaning d) {
        DiffText.show(diff, text, d.changes(), c -> true);
        diff.moveTo(0);
        diff.requestFollowCaret();
    }

    private void restore() {
        Revision r = list.getSelectionModel().getSelectedItem();
        if (article != null && r != null) {
            editing.restore(article, r);
        }
    }

    private final class EventCell extends ListCell<app.galley.model.AuditEvent> {
        @Override
        protected void updateItem(app.galley.model.AuditEvent item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                app.galley.ui.app.CellLines.show(this, 0);
                return;
            }
            String what = auditText.describe(item);
            app.galley.ui.app.CellLines.show(this, 40, formats.instant(item.at()) + " · " + item.actor(), what);
            setAccessibleText(item.actor() + " " + what);
        }
    }

    private final class RevisionCell extends ListCell<Revision> {
        @Override
        protected void updateItem(Revision item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String when = formats.instant(item.created()) + (item.author() == null ? "" : " · " + item.author());
            String note = noteText.describe(item.note());
            setText(when + "\n" + note);
            getStyleClass().removeAll("current-revision");
            if (getIndex() == 0) {
                getStyleClass().add("current-revision");
            }
            setAccessibleText(when + " " + note);
        }
    }
}
