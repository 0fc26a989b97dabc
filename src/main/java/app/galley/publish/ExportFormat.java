package app.galley.publish;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The formats an article exports to, each giving the files of one article (paths relative to the
 * export folder): one file for most, a folder with images for Markdown.
 */
public enum ExportFormat {
    NINJS("ninjs", "IPTC ninjs 2.2 (JSON)"),
    NINJS3("ninjs3", "IPTC ninjs 3.1 (JSON)"),
    NEWSML("newsml", "IPTC NewsML-G2 2.35 (XML)"),
    MARKDOWN("markdown", "Markdown for Hugo and Jekyll"),
    HTML("html", "Standalone HTML page"),
    JSONLD("jsonld", "schema.org NewsArticle (JSON-LD)");

    private final String id;
    private final String label;

    ExportFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static ExportFormat of(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + id + "\" (ninjs, ninjs3, newsml, markdown, html, jsonld)");
    }

    /**
     * The files of one article in this format.
     *
     * @param page the template for HTML (the others ignore it)
     */
    public Map<String, byte[]> files(Exportable x, Template page, java.time.Clock clock) throws TemplateException {
        String base = x.slug();
        return switch (this) {
            case NINJS -> one(base + ".ninjs.json", NinjsExport.write(x, NinjsExport.Version.V2_2));
            case NINJS3 -> one(base + ".ninjs3.json", NinjsExport.write(x, NinjsExport.Version.V3_1));
            case NEWSML -> one(base + ".newsml.xml", NewsMlExport.write(x));
            case MARKDOWN -> MarkdownExport.files(x);
            case JSONLD -> one(base + ".jsonld", NewsArticleJsonLd.write(x));
            case HTML -> one(base + ".html", PreviewRenderer.render(new PreviewRenderer.Request(x.article(),
                    x.article().title(), x.article().body(), x.images(), x.annotations(),
                    x.tags().stream().map(app.galley.model.Tag::name).toList(), x.revision()), page,
                    PreviewRenderer.Options.preview(clock)));
        };
    }

    private static Map<String, byte[]> one(String name, String content) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(name, content.getBytes(StandardCharsets.UTF_8));
        return m;
    }
}
