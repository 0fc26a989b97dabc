package app.galley.ui;

import app.galley.model.AttachmentInfo;
import java.util.List;
import javafx.concurrent.Task;

/** The files kept with articles (images of a saved page, pictures of a Word document): listed, read, saved. */
final class AttachmentFiles {

    private final AppContext context;
    private final BackgroundTasks tasks;

    AttachmentFiles(AppContext context, BackgroundTasks tasks) {
        this.context = context;
        this.tasks = tasks;
    }

    List<AttachmentInfo> of(long articleId) {
        return context.library().attachments().of(articleId);
    }

    /** Reads an attachment's bytes off the FX thread and hands them to {@code done} on it. */
    void load(long attachmentId, java.util.function.Consumer<byte[]> done) {
        Task<byte[]> load = new Task<>() {
            @Override
            protected byte[] call() {
                return context.library().attachments().content(attachmentId).orElse(new byte[0]);
            }
        };
        load.setOnSucceeded(e -> done.accept(load.getValue()));
        tasks.run(load);
    }

    /** Saves an attachment's bytes to a file (written beside it first, then moved into place). */
    void save(long attachmentId, java.nio.file.Path target) throws java.io.IOException {
        byte[] bytes = context.library().attachments().content(attachmentId)
                .orElseThrow(() -> new java.io.IOException("the attachment is no longer in the library"));
        app.galley.publish.FileWriting.writeAtomically(target, bytes);
    }
}
