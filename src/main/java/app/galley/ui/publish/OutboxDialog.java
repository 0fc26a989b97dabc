package app.galley.ui.publish;

import app.galley.model.OutboxJob;
import app.galley.ui.app.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The outbox (File › Outbox): every publish and unpublish with its state, attempts, next attempt
 * and the site's message or the post's address; a stopped job retried, a waiting one cancelled.
 */
public final class OutboxDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final OutboxViewModel model;
    private final I18n i18n;

    public OutboxDialog(OutboxViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public void show(Window owner) {
        model.refresh();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(i18n.get("outbox.title"));
        dialog.getDialogPane().setId("outboxDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        TableView<OutboxViewModel.Row> table = new TableView<>(model.rows());
        table.setId("outboxTable");
        table.setPrefSize(900, 320);
        table.setPlaceholder(new javafx.scene.control.Label(i18n.get("outbox.empty")));
        table.getColumns().add(column("outbox.article", 230, r -> r.article()));
        table.getColumns().add(column("outbox.target", 90, r -> r.target()));
        table.getColumns().add(column("outbox.queuedBy", 90, r -> r.job().queuedBy() == null ? "" : r.job().queuedBy()));
        table.getColumns().add(column("outbox.action", 110, r -> i18n.get("outbox.action." + r.job().action().name().toLowerCase(Locale.ROOT))
                + (r.job().action() == OutboxJob.Action.PUBLISH ? " (" + r.job().remoteStatus() + ")" : "")));
        table.getColumns().add(column("outbox.state", 90, r -> i18n.get("outbox.state." + r.job().state().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column("outbox.attempts", 60, r -> Integer.toString(r.job().attempts())));
        table.getColumns().add(column("outbox.next", 110, r -> r.job().open() ? TIME.format(r.job().nextAttempt()) : ""));
        table.getColumns().add(column("outbox.detail", 320, r -> r.job().state() == OutboxJob.State.DONE ? r.url()
                : r.job().lastError() == null ? "" : r.job().lastError()));

        Button retry = new Button(i18n.get("outbox.retry"));
        retry.setId("outboxRetry");
        retry.setOnAction(e -> model.retry(table.getSelectionModel().getSelectedItem()));
        Button cancel = new Button(i18n.get("outbox.cancel"));
        cancel.setId("outboxCancel");
        cancel.setOnAction(e -> model.cancel(table.getSelectionModel().getSelectedItem()));
        var selected = table.getSelectionModel().selectedItemProperty();
        retry.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().job().state() == OutboxJob.State.DONE || selected.get().job().state() == OutboxJob.State.SENDING, selected));
        cancel.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null
                || !(selected.get().job().state() == OutboxJob.State.WAITING || selected.get().job().state() == OutboxJob.State.FAILED), selected));
        Button send = new Button(i18n.get("outbox.sendNow"));
        send.setId("outboxSend");
        send.setOnAction(e -> model.sendNow());
        Button refresh = new Button(i18n.get("outbox.refresh"));
        refresh.setOnAction(e -> model.refresh());
        HBox buttons = new HBox(8, retry, cancel, send, refresh);
        VBox box = new VBox(8, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefSize(1040, 460);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.show();
    }

    private TableColumn<OutboxViewModel.Row, String> column(String key, double width,
                                                          java.util.function.Function<OutboxViewModel.Row, String> value) {
        TableColumn<OutboxViewModel.Row, String> c = new TableColumn<>(i18n.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
