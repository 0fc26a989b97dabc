package app.galley.ui;

import app.galley.model.ArticleSummary;
import app.galley.model.OutboxJob;
import app.galley.model.PublishTarget;
import app.galley.publish.OutboxService;
import app.galley.service.Services;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outbox as the window shows it: every job with its article, target, state and the post's
 * address; publishing, unpublishing, retrying and cancelling; the targets with masked passwords.
 * Due jobs are sent in the background while the window is open; nothing here reads or writes on the FX thread.
 */
public final class OutboxViewModel implements AutoCloseable {

    /** One job as a row of the outbox. */
    public record Row(OutboxJob job, String article, String target, String url) {
    }

    private final Services services;
    private final OutboxService service;
    private final TaskExecutor tasks;
    private final TaskExecutor.Repeating sender;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SimpleIntegerProperty waiting = new SimpleIntegerProperty();

    /** @param every how often due jobs are sent while the window is open */
    public OutboxViewModel(Services services, TaskExecutor tasks, Duration every) {
        this.services = services;
        this.service = services.outbox();
        this.tasks = tasks;
        tasks.submit(() -> {
            int resumed = service.resumeInterrupted(); // jobs a crash left half-sent wait again first
            if (resumed > 0) {
                LOG.info("{} outbox job(s) interrupted last time will be sent again", resumed);
            }
        });
        this.sender = tasks.every(every, () -> {
            if (service.sendDue() > 0) {
                tasks.onFx(this::refresh);
            }
        });
        refresh();
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutboxViewModel.class);

    /** Reads the jobs again, off the FX thread; the rows follow on it. */
    public void refresh() {
        tasks.submit(this::read, this::show, BackgroundTasks::log);
    }

    private List<Row> read() {
        Map<Long, String> targets = service.targets().stream()
                .collect(Collectors.toMap(PublishTarget::id, PublishTarget::name));
        List<OutboxJob> jobs = service.jobs();
        Map<Long, ArticleSummary> titles = services.articles().summaries(jobs.stream().map(OutboxJob::articleId).toList());
        Map<String, String> urls = new java.util.HashMap<>();
        service.publications().forEach(p -> urls.put(p.articleId() + "@" + p.targetId(),
                p.remoteUrl() == null ? "" : p.remoteUrl()));
        List<Row> out = new ArrayList<>();
        for (OutboxJob j : jobs) {
            ArticleSummary s = titles.get(j.articleId());
            String url = urls.getOrDefault(j.articleId() + "@" + j.targetId(), "");
            out.add(new Row(j, s == null ? "#" + j.articleId() : s.title(), targets.getOrDefault(j.targetId(), "?"), url));
        }
        return out;
    }

    private void show(List<Row> read) {
        rows.setAll(read);
        waiting.set((int) read.stream().filter(r -> r.job().open()).count());
    }

    /** Sends what is due now (after a publish, a retry), without waiting for the next round. */
    private void kick() {
        send(() -> { });
    }

    /**
     * Makes a change to the outbox and sends what is then due, off the FX thread and in that order;
     * the rows follow. A change the outbox refuses (an unknown target) is shown as the problem.
     */
    private void send(Runnable change) {
        tasks.submit(() -> {
            change.run();
            service.sendDue();
            return null;
        }, x -> refresh(), e -> {
            problem.set(e.getMessage());
            refresh();
        });
    }

    private final javafx.beans.property.StringProperty problem = new javafx.beans.property.SimpleStringProperty("");

    /** The last change the outbox refused, for the window's status line. */
    public javafx.beans.property.StringProperty problemProperty() {
        return problem;
    }

    public void publish(List<Long> ids, String target, String status) {
        send(() -> ids.forEach(id -> service.publish(id, target, status)));
    }

    public void unpublish(List<Long> ids, String target) {
        send(() -> ids.forEach(id -> service.unpublish(id, target)));
    }

    public void retry(Row r) {
        send(() -> service.retry(r.job().id()));
    }

    public void cancel(Row r) {
        tasks.submit(() -> {
            service.cancel(r.job().id());
            return null;
        }, x -> refresh(), BackgroundTasks::log);
    }

    public void sendNow() {
        kick();
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
        sender.close(); // the executor itself closes with the window
    }
}
