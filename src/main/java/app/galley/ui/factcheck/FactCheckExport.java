package app.galley.ui.factcheck;

import app.galley.model.Article;
import app.galley.service.ExportService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/**
 * Saving the shown article's fact-check as linked data (W3C Web Annotation JSON-LD with the comment
 * threads, or schema.org ClaimReview for settled verdicts): written in the background, whole or not
 * at all, the outcome told in the panel's message line.
 */
final class FactCheckExport {

    private final ExportService exports;
    private final TaskExecutor tasks;
    private final Supplier<Article> article;
    private final StringProperty message;
    private final I18n i18n;

    FactCheckExport(ExportService exports, TaskExecutor tasks, Supplier<Article> article, StringProperty message,
                    I18n i18n) {
        this.exports = exports;
        this.tasks = tasks;
        this.article = article;
        this.message = message;
        this.i18n = i18n;
    }

    /** A file name for the export of the shown article ("12-annotations.jsonld"). */
    String name(ExportService.FactCheckFormat format) {
        Article a = article.get();
        return a == null ? "article-" + format.suffix() : format.fileName(a.id());
    }

    void save(ExportService.FactCheckFormat format, Path file) {
        Article a = article.get();
        if (a == null) {
            return;
        }
        tasks.submit(() -> {
            exports.writeFactCheck(a, format, null, file);
            return null;
        }, x -> message.set(i18n.format("fc.exported", file.getFileName())),
                e -> message.set(i18n.format("fc.exportFailed", file, e.getMessage())));
    }
}
