package app.galley.ingest;

import app.galley.clean.MetadataLines;
import app.galley.clean.OriginalLinks;
import app.galley.clean.VisibleMetadata;
import app.galley.ingest.extract.ArticleExtractor;
import app.galley.ingest.extract.Extraction;
import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.util.List;

/**
 * Reads an HTML article for import: the {@link ArticleExtractor} keeps the article and its
 * metadata (title, byline, published, site, language); the body is its running text.
 */
public final class HtmlArticleReader {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private HtmlArticleReader() {
    }

    /** The charset a document declares in {@code <meta charset>} or {@code http-equiv}, if any. */
    public static String declaredCharset(byte[] bytes) {
        return ArticleExtractor.declaredCharset(bytes);
    }

    /** The running text of HTML that holds only the article (wire bodies, rendered Markdown). */
    static String cleanBody(String html) throws ImportProblem {
        String body = EXTRACTOR.blocksOfCleanHtml(withoutNitfHead(html)).stream()
                .filter(b -> b.type() != app.galley.ingest.extract.BlockType.CAPTION)
                .map(app.galley.ingest.extract.Block::text)
                .collect(java.util.stream.Collectors.joining("\n\n"));
        if (body.isBlank()) {
            throw new ImportProblem("the article body is empty");
        }
        return body;
    }

    /**
     * NITF markup's text without its head: the head's headline, byline and abstract are the item's
     * metadata, not paragraphs of its text (wire bodies in NewsML-G2 and ninjs carry NITF).
     */
    private static String withoutNitfHead(String markup) {
        if (!markup.contains("body.content")) {
            return markup;
        }
        var content = org.jsoup.Jsoup.parse(markup, "", org.jsoup.parser.Parser.xmlParser())
                .getElementsByTag("body.content");
        return content.isEmpty() ? markup : content.get(0).html();
    }

    public static ArticleDraft read(String html, String baseUri, Original original) throws ImportProblem {
        return read(html, baseUri, original, Resources.NONE);
    }

    /** As {@link #read(String, String, Original)}, keeping the article's images found in {@code resources}. */
    static ArticleDraft read(String html, String baseUri, Original original, Resources resources) throws ImportProblem {
        Extraction x = EXTRACTOR.extract(html, baseUri);
        String body = x.text();
        if (body.isBlank()) {
            throw new ImportProblem("no article text found in the page");
        }
        String title = x.title();
        if (title == null || title.isBlank()) {
            title = TextArticleReader.read(body, original).title();
        }
        return draft(x, title, body, baseUri, original, resources);
    }

    /**
     * The HTML part of a mail: the part is the message, so every paragraph of it is kept (a page's
     * kicker and furniture trimming does not apply). Its headline is its first {@code <h1>}, else the
     * mail's {@code subject}, else its {@code <title>}, else its first line; a first paragraph that
     * only repeats the headline is not doubled.
     */
    static ArticleDraft readMailPart(String html, String subject, Original original, Resources resources)
            throws ImportProblem {
        Extraction x = EXTRACTOR.extract(html, null);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        List<String> paragraphs = new java.util.ArrayList<>(EXTRACTOR.blocksOfCleanHtml(doc.body().html()).stream()
                .filter(b -> b.type() != app.galley.ingest.extract.BlockType.CAPTION)
                .map(app.galley.ingest.extract.Block::text).filter(t -> !t.isBlank()).toList());
        if (paragraphs.isEmpty()) {
            throw new ImportProblem("the message's HTML part has no text");
        }
        org.jsoup.nodes.Element h1 = doc.selectFirst("h1");
        String title = h1 != null && !h1.text().isBlank() ? h1.text().strip()
                : subject != null && !subject.isBlank() ? subject.strip()
                : !doc.title().isBlank() ? doc.title().strip() : paragraphs.get(0);
        if (paragraphs.size() > 1 && paragraphs.get(0).equals(title)) {
            paragraphs.remove(0);
        }
        return draft(x, title, String.join("\n\n", paragraphs), null, original, resources);
    }

    private static ArticleDraft draft(Extraction x, String title, String body, String baseUri, Original original,
                                      Resources resources) {
        String url = x.url() != null ? x.url() : baseUri != null && baseUri.startsWith("http") ? baseUri : null;
        // the outlet the page credits first published it: a 來源 label by the article, a credit or a wire's
        // dateline in its text, then one the page only marks as the source, then a known outlet its
        // canonical address is on (a syndicated copy points there); the site that carries it only when
        // none names another
        MetadataLines.Found meta = MetadataLines.of(body, false);
        String source = x.source() != null ? x.source() : meta.source() != null ? meta.source() : x.sourceMark();
        source = source != null ? source : x.url() == null ? null : OriginalLinks.outletOf(x.url());
        source = source != null ? source : VisibleMetadata.source(body); // 據中央社報導，…
        source = source != null ? source : x.site();
        return new ArticleDraft(title, null, x.byline(), source, meta.originalTitle(),
                meta.othersBesides(source, List.of()), url, x.language(), x.published(), body, original, List.of())
                .withAttachments(resources.attachments(x.images()));
    }
}
