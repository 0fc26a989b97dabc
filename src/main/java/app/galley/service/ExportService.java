package app.galley.service;

import app.galley.analyze.AnnotationService;
import app.galley.model.Annotation;
import app.galley.model.Article;
import app.galley.publish.AnnotationExport;
import app.galley.publish.BatchExport;
import app.galley.publish.ExportFormat;
import app.galley.publish.FileWriting;
import app.galley.publish.Template;
import app.galley.publish.TemplateException;
import app.galley.publish.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Exporting: many articles at once to a folder or zip in any format, the publication templates on
 * offer, export profiles, and an article's fact-check as linked data.
 */
public final class ExportService {

    private final app.galley.publish.ExportSource source;
    private final java.time.Clock clock;
    private final AnnotationService annotations;
    private final SettingsService settings;
    private final app.galley.store.OutboxRepository outbox;
    private final app.galley.store.AuditTrail.Recorder audit;

    ExportService(app.galley.publish.ExportSource source, java.time.Clock clock, AnnotationService annotations,
                  SettingsService settings, app.galley.store.OutboxRepository outbox,
                  app.galley.store.AuditTrail.Recorder audit) {
        this.audit = audit;
        this.source = source;
        this.clock = clock;
        this.annotations = annotations;
        this.settings = settings;
        this.outbox = outbox;
    }

    /**
     * A saved way of exporting: a name, a format (its id), where to, zipped or not, a template for HTML.
     *
     * @param template null for the default template
     */
    public record Profile(String name, String format, String destination, boolean zip, String template) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The profiles kept as {@code json} (as {@link #withProfile} writes them); none if it cannot be read. */
    public static List<Profile> profiles(String json) {
        try {
            return JSON.readValue(json == null || json.isBlank() ? "[]" : json,
                    new com.fasterxml.jackson.core.type.TypeReference<List<Profile>>() { });
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The profiles kept as {@code json} with {@code p} saved (replacing one of its name), as JSON. */
    public static String withProfile(String json, Profile p) {
        List<Profile> all = new java.util.ArrayList<>(profiles(json));
        all.removeIf(x -> x.name().equals(p.name()));
        all.add(p);
        try {
            return JSON.writeValueAsString(all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Exports as a profile says, reporting after each article and stopping when {@code cancelled} says
     * so; a template that cannot be used stops it before anything is written.
     */
    public BatchExport.Report export(List<Long> ids, Profile p, BatchExport.Progress progress,
                                     BooleanSupplier cancelled) throws IOException, TemplateException {
        return export(ids, ExportFormat.of(p.format()), template(p.template()), Path.of(p.destination()), p.zip(),
                progress, cancelled);
    }

    /** The template the HTML formats use unless told otherwise. */
    public static final String DEFAULT_TEMPLATE = Templates.DEFAULT;

    /** The template with this id (null: the default), or why it cannot be used. */
    public Template template(String id) throws TemplateException {
        return template(null, id);
    }

    /** The template with this id among the shipped ones and those in {@code userFolder} (may be null). */
    public Template template(Path userFolder, String id) throws TemplateException {
        return Templates.load(userFolder).require(Optional.ofNullable(id).orElse(Templates.DEFAULT));
    }

    /** The ids of the shipped templates, for a chooser. */
    public List<String> templateIds() {
        return Templates.load(null).choices().stream().map(Templates.Choice::id).toList();
    }

    /**
     * Exports these articles, reporting after each one and stopping when {@code cancelled} says so;
     * one article that fails is logged in the export log and the rest go on.
     */
    public BatchExport.Report export(List<Long> ids, ExportFormat format, Template page, Path target, boolean zip,
                                     BatchExport.Progress progress, BooleanSupplier cancelled) throws IOException {
        BatchExport.Report report = BatchExport.run(source, clock, ids, format, page, target, zip, progress, cancelled);
        List<Long> done = report.entries().stream().filter(e -> e.error() == null).map(BatchExport.Entry::id).toList();
        if (!done.isEmpty()) { // the files are written: the export is recorded on the articles that went
            audit.note(app.galley.model.AuditAction.EXPORT, done, app.galley.store.AuditTrail.detail("format", format.id(),
                    "to", target.toAbsolutePath().toString()));
        }
        return report;
    }

    /** How an article's fact-check is written as linked data. */
    public enum FactCheckFormat {
        /** W3C Web Annotation JSON-LD, with the comment threads. */
        W3C("annotations.jsonld"),
        /** schema.org ClaimReview for every claim and quotation with a settled verdict. */
        CLAIM_REVIEW("claimreview.jsonld");

        private final String suffix;

        FactCheckFormat(String suffix) {
            this.suffix = suffix;
        }

        /** A file name for an article's export ("12-annotations.jsonld"). */
        public String fileName(long articleId) {
            return articleId + "-" + suffix;
        }

        /** The end of its file names ("annotations.jsonld"). */
        public String suffix() {
            return suffix;
        }
    }

    /**
     * An article's annotations as JSON-LD text. ClaimReviews name the newsroom (Preferences › Newsroom)
     * as their publisher and are addressed where the fact-check is published: the article's published
     * post, else the newsroom's fact-check address; with neither they carry no {@code url}.
     *
     * @param publisher the organisation's name for this export, instead of the newsroom's (may be null)
     */
    public String factCheck(Article a, FactCheckFormat format, String publisher) {
        List<Annotation> placed = annotations.annotations(a);
        Object json = format == FactCheckFormat.W3C
                ? AnnotationExport.webAnnotations(a, placed, annotations.commentsOf(a))
                : AnnotationExport.claimReviews(a, placed, AnnotationService.roles(a.body()), reviewSite(a, publisher),
                        annotations.verdictGivers(a));
        return AnnotationExport.write(json);
    }

    /** Who publishes an article's fact-check and where. */
    public AnnotationExport.ReviewSite reviewSite(Article a, String publisher) {
        SettingsService.Newsroom n = settings.newsroom();
        String page = outbox.publicationsOf(a.id()).stream().filter(p -> p.remoteUrl() != null)
                .max(java.util.Comparator.comparing(app.galley.model.Publication::updated))
                .map(app.galley.model.Publication::remoteUrl).orElse(null);
        if (page == null && n.factCheckAddress() != null) {
            page = n.factCheckAddress().replace("{id}", Long.toString(a.id()));
        }
        return new AnnotationExport.ReviewSite(publisher != null && !publisher.isBlank() ? publisher.strip() : n.name(),
                n.url(), page);
    }

    /** Writes {@link #factCheck} to a file, whole or not at all. */
    public void writeFactCheck(Article a, FactCheckFormat format, String publisher, Path file) throws IOException {
        FileWriting.writeAtomically(file, (factCheck(a, format, publisher) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes text to a file (a preview, an export the command line was asked for), whole or not at all. */
    public void writeFile(Path file, byte[] bytes) throws IOException {
        FileWriting.writeAtomically(file, bytes);
    }
}
