package app.galley.ui.editor;

import app.galley.model.AttachmentInfo;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.TaskExecutor;
import java.util.List;

/** The files kept with articles (images of a saved page, pictures of a Word document): listed, read, saved. */
public final class AttachmentFiles {

    private final AppContext context;
    private final TaskExecutor tasks;

    public AttachmentFiles(AppContext context, TaskExecutor tasks) {
        this.context = context;
        this.tasks = tasks;
    }

    List<AttachmentInfo> of(long articleId) {
        return context.services().articles().attachments(articleId);
    }

    /** Reads an attachment's bytes off the FX thread and hands them to {@code done} on it. */
    void load(long attachmentId, java.util.function.Consumer<byte[]> done) {
        tasks.submit(() -> context.services().articles().attachment(attachmentId).orElse(new byte[0]), done,
                BackgroundTasks::log);
    }

    /** Saves an attachment's bytes to a file (written beside it first, then moved into place). */
    void save(long attachmentId, java.nio.file.Path target) throws java.io.IOException {
        context.services().articles().saveAttachment(attachmentId, target);
    }

    /** As {@link #save}, off the FX thread; {@code failed} is told why on the FX thread if it could not be. */
    void saveLater(long attachmentId, java.nio.file.Path target, java.util.function.Consumer<String> failed) {
        tasks.submit(() -> {
            save(attachmentId, target);
            return null;
        }, x -> { }, e -> failed.accept(e.getMessage()));
    }
}
