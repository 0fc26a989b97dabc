package app.galley.ui.app;

import app.galley.ui.factcheck.InboxViewModel;
import app.galley.ui.factcheck.InboxWindow;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The comment inbox's ways in (issue 23): View › Comment Inbox, and the status bar's count of what
 * others added since the user last looked ("Inbox: 2 new · 1 mention"), which opens it.
 */
final class InboxBar {

    private InboxBar() {
    }

    /** @param select shows an article in the main window, as a click on its row would */
    static void install(MainWindow window, Hyperlink link, Menu view, I18n i18n, java.util.function.LongConsumer select) {
        InboxViewModel model = window.inboxModel();
        InboxWindow inbox = new InboxWindow(model, i18n, item -> {
            select.accept(item.annotation().articleId());
            window.detailController().showTab("factcheck");
            window.detailController().factCheck().model().selectWhenRead(item.annotation().id());
            if (link.getScene() != null && link.getScene().getWindow() instanceof javafx.stage.Stage main) {
                main.toFront();
            }
        }, () -> window.viewModel().currentProperty().get() == null ? null : window.viewModel().currentProperty().get().id());
        MenuItem open = new MenuItem(i18n.get("inbox.menu"));
        open.setId("inboxItem");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        open.setOnAction(e -> inbox.show(link.getScene().getWindow()));
        view.getItems().addAll(new SeparatorMenuItem(), open);
        link.setId("inboxLink");
        link.textProperty().bind(Bindings.createStringBinding(() -> model.arrivedProperty().get() == 0
                        ? i18n.get("inbox.link.none")
                        : i18n.format("inbox.link", model.arrivedProperty().get(), model.mentionsProperty().get()),
                model.arrivedProperty(), model.mentionsProperty()));
        link.getStyleClass().add("inbox-link");
        link.setOnAction(e -> inbox.show(link.getScene().getWindow()));
    }
}
