package app.galley.ui;

import app.galley.model.ArticleSummary;
import app.galley.model.OutboxJob;
import app.galley.model.PublishTarget;
import app.galley.publish.Credentials;
import app.galley.publish.OutboxSender;
import app.galley.publish.OutboxService;
import app.galley.store.Library;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outbox as the window shows it: every job with its article, target, state and the post's
 * address; publishing, unpublishing, retrying and cancelling; the targets with masked passwords.
 * A sender sends due jobs in the background while the window is open.
 */
public final class OutboxViewModel implements AutoCloseable {

    /** One job as a row of the outbox. */
    public record Row(OutboxJob job, String article, String target, String url) {
    }

    private final Library library;
    private final OutboxService service;
    private final OutboxSender sender;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SimpleIntegerProperty waiting = new SimpleIntegerProperty();

    public OutboxViewModel(Library library, Credentials credentials, Duration every) {
        this.library = library;
        this.service = OutboxService.standard(library, credentials);
        this.sender = new OutboxSender(service, every, () -> Platform.runLater(this::refresh));
        refresh();
    }

    /** Reads the jobs again (a few rows: read on the FX thread). */
    public void refresh() {
        Map<Long, String> targets = library.outbox().targets().stream()
                .collect(Collectors.toMap(PublishTarget::id, PublishTarget::name));
        List<OutboxJob> jobs = service.jobs();
        Map<Long, ArticleSummary> titles = library.articles().summaries(jobs.stream().map(OutboxJob::articleId).toList());
        Map<String, String> urls = new java.util.HashMap<>();
        library.outbox().publications().forEach(p -> urls.put(p.articleId() + "@" + p.targetId(),
                p.remoteUrl() == null ? "" : p.remoteUrl()));
        List<Row> out = new ArrayList<>();
        for (OutboxJob j : jobs) {
            ArticleSummary s = titles.get(j.articleId());
            String url = urls.getOrDefault(j.articleId() + "@" + j.targetId(), "");
            out.add(new Row(j, s == null ? "#" + j.articleId() : s.title(), targets.getOrDefault(j.targetId(), "?"), url));
        }
        rows.setAll(out);
        waiting.set((int) jobs.stream().filter(OutboxJob::open).count());
    }

    public void publish(List<Long> ids, String target, String status) {
        ids.forEach(id -> service.publish(id, target, status));
        refresh();
        sender.kick();
    }

    public void unpublish(List<Long> ids, String target) {
        ids.forEach(id -> service.unpublish(id, target));
        refresh();
        sender.kick();
    }

    public void retry(Row r) {
        service.retry(r.job().id());
        refresh();
        sender.kick();
    }

    public void cancel(Row r) {
        service.cancel(r.job().id());
        refresh();
    }

    public void sendNow() {
        sender.kick();
    }

    public List<PublishTarget> targets() {
        return service.targets();
    }

    public void saveTarget(String name, String url, String user, String password) throws IOException {
        service.saveTarget(name, url, user, password);
    }

    /** The target's password as shown: masked, or empty if none is set. */
    public String maskedPassword(app.galley.model.PublishTarget target) {
        return service.maskedPassword(target);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Jobs not yet done (waiting or being sent). */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting;
    }

    @Override
    public void close() {
        sender.close();
    }
}
