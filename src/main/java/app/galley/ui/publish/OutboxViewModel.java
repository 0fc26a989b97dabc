package app.galley.ui.publish;

import app.galley.model.ArticleSummary;
import app.galley.model.OutboxJob;
import app.galley.model.PublishTarget;
import app.galley.publish.OutboxService;
import app.galley.service.Services;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    private final ObservableList<Target> targetList = FXCollections.observableArrayList();
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

    /** A publishing target as the dialogs show it, its saved password masked (read with the rows). */
    public record Target(PublishTarget target, String maskedPassword) {
    }

    /** What one read of the outbox gives the window. */
    private record Snapshot(List<Row> rows, List<Target> targets) {
    }

    private Snapshot read() {
        List<PublishTarget> known = service.targets();
        List<Target> shown = known.stream().map(t -> new Target(t, service.maskedPassword(t))).toList();
        Map<Long, String> targets = known.stream()
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
        return new Snapshot(out, shown);
    }

    private void show(Snapshot read) {
        rows.setAll(read.rows());
        targetList.setAll(read.targets());
        waiting.set((int) read.rows().stream().filter(r -> r.job().open()).count());
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
        publish(ids, target, status, null);
    }

    /** Queues a publish of each article, sent at {@code at} (null: now); an embargo refusing it is the problem shown. */
    public void publish(List<Long> ids, String target, String status, java.time.Instant at) {
        send(() -> ids.forEach(id -> service.publish(id, target, status, at)));
    }

    /** Embargoes the articles until {@code until} (null: lifts it). */
    public void embargo(List<Long> ids, java.time.Instant until) {
        send(() -> ids.forEach(id -> service.setEmbargo(id, until)));
    }

    public void unpublish(List<Long> ids, String target) {
        send(() -> ids.forEach(id -> service.unpublish(id, target)));
    }

    public void retry(Row r) {
        send(() -> service.retry(r.job().id()));
    }

    public void cancel(Row r) {
        tasks.submit(() -> service.cancel(r.job().id()), this::refresh);
    }

    public void sendNow() {
        kick();
    }

    /** The publishing targets as last read (with the rows). */
    public List<PublishTarget> targets() {
        return targetList.stream().map(Target::target).toList();
    }

    /**
     * Adds or changes a target off the FX thread (the library and the credentials file); then the
     * targets and rows are read again and {@code done} is told null, or why the target was refused.
     */
    public void saveTarget(String name, String url, String user, String password, Consumer<String> done) {
        tasks.submit(() -> {
            service.saveTarget(name, url, user, password);
            return read();
        }, snapshot -> {
            show(snapshot);
            done.accept(null);
        }, e -> done.accept(e.getMessage()));
    }

    /** The target's password as shown: masked, or empty if none is set (as last read). */
    public String maskedPassword(PublishTarget target) {
        return targetList.stream().filter(t -> t.target().id() == target.id()).map(Target::maskedPassword)
                .findFirst().orElse("");
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
