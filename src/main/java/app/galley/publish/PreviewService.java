package app.galley.publish;

import app.galley.model.Article;
import app.galley.model.Attachment;
import app.galley.model.Revision;
import app.galley.model.Tag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;

/**
 * What the preview, the proof and the HTML export need of an article, read from the library: its
 * text now (or as imported, to compare), images, annotations, tag names and revision number; and
 * whether the editor lets its remote images load.
 */
public final class PreviewService {

    private static final String REMOTE_IMAGES = "preview.remote-images.";
    private final ExportSource source;
    private final app.galley.store.LibrarySettings settings;
    private final java.time.Clock clock;

    /** The template pages are shown through unless the editor chose another. */
    public static final String DEFAULT_TEMPLATE = Templates.DEFAULT;

    /** Previews of what {@code source} reads, with the editor's image choices kept in {@code settings}. */
    public PreviewService(ExportSource source, app.galley.store.LibrarySettings settings, java.time.Clock clock) {
        this.source = source;
        this.settings = settings;
        this.clock = clock;
    }


    /**
     * @param original the text as imported (the first revision) instead of the current one
     * @throws NoSuchElementException if there is no such article
     */
    public PreviewRenderer.Request request(long id, boolean original) {
        Article a = source.articles().find(id).orElseThrow(() -> new NoSuchElementException("no article #" + id));
        return request(a, a.title(), a.body(), original);
    }

    /** The request for an article being edited: its title and text as typed, not yet saved. */
    public PreviewRenderer.Request request(Article a, String title, String body, boolean original) {
        int revision = Math.max(1, source.articles().revisionCount(a.id()));
        if (original) {
            List<Revision> revisions = source.articles().revisions(a.id());
            if (!revisions.isEmpty()) {
                title = revisions.get(0).title();
                body = revisions.get(0).body();
                revision = 1;
            }
        }
        List<Attachment> images = source.images(a.id());
        List<String> tags = source.tags().ofArticle(a.id()).stream().map(Tag::name).toList();
        return new PreviewRenderer.Request(a, title, body, images, source.annotations().forArticle(a.id()), tags, revision,
                source.signOffs().of(a.id()));
    }

    /** True if the article has images that live on the web (not kept in the library). */
    public static boolean hasRemoteImages(PreviewRenderer.Request r) {
        return r.attachments().stream().anyMatch(Attachment::isRemote);
    }

    public boolean remoteImagesAllowed(long id) {
        return settings.get(REMOTE_IMAGES + id).map(Boolean::parseBoolean).orElse(false);
    }

    public void allowRemoteImages(long id, boolean allow) {
        settings.put(REMOTE_IMAGES + id, Boolean.toString(allow));
    }

    /** Preview options dated by the library's clock. */
    public PreviewRenderer.Options options() {
        return PreviewRenderer.Options.preview(clock);
    }

    /**
     * Options whose page words (a proof's header and sign-off, the fact-check notes) are in
     * {@code language}, one of {@link #wordLanguages()}; English for any other.
     */
    public PreviewRenderer.Options options(String language) {
        return options().withWords(PageWords.of(language));
    }

    /** The languages a page's own words come in ("en", "zh-Hant", "zh-Hans"). */
    public java.util.List<String> wordLanguages() {
        return PageWords.LANGUAGES;
    }

    /** The page for an article through a template, with the article's own remote-image choice. */
    public String render(PreviewRenderer.Request r, Template t, PreviewRenderer.Options o) throws TemplateException {
        return PreviewRenderer.render(r, t, o.withRemoteImages(remoteImagesAllowed(r.article().id())));
    }

    /** Writes a PDF proof of the article through a print template. */
    public void writePdf(PreviewRenderer.Request r, Template t, PreviewRenderer.Options o, Path target)
            throws TemplateException, IOException {
        PdfProof.write(render(r, t, o.withProofHeader(true)), r.title(), target);
    }

    /** The templates on offer: the shipped ones and those in {@code userFolder} (may be null). */
    public List<Templates.Choice> templates(Path userFolder) {
        return Templates.load(userFolder).choices();
    }

    /** The template with this id (null: the default), or why it cannot be used. */
    public Template template(Path userFolder, String id) throws TemplateException {
        return Templates.load(userFolder).require(id == null ? Templates.DEFAULT : id);
    }

    /** The first print layout on offer, for PDF proofs when none is named. */
    public Optional<Template> printTemplate(Path userFolder) {
        return Templates.load(userFolder).firstPrint();
    }

    /** Writes a rendered page to a file, whole or not at all. */
    public void writeHtml(String page, Path target) throws IOException {
        FileWriting.writeAtomically(target, page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
