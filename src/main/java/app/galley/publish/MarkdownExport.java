package app.galley.publish;

import app.galley.text.Paragraphs;
import app.galley.text.StructuredParagraphs;
import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.Attachment;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markdown with YAML front matter for static sites (Hugo, Jekyll): a page bundle, a folder named by
 * the article's slug holding {@code index.md} and the article's images beside it. The front matter
 * has title, date, tags, categories, author, source, language, slug and draft. Its values are
 * written as JSON strings and lists, which YAML reads as they are, so no headline can break it.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    /** The files of the bundle, by path relative to the export folder ({@code galley-12/index.md} ...). */
    public static Map<String, byte[]> files(Exportable x) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<Attachment, String> names = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>(List.of("index.md"));
        for (Attachment image : x.images()) {
            if (image.isRemote()) {
                names.put(image, image.reference());
                continue;
            }
            String name = safeName(image.name());
            for (int n = 2; !used.add(name); n++) {
                name = n + "-" + safeName(image.name());
            }
            names.put(image, name);
            files.put(x.slug() + "/" + name, image.content());
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(x.slug() + "/index.md", write(x, names).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.putAll(files);
        return out;
    }

    static String write(Exportable x, Map<Attachment, String> imageNames) {
        Article a = x.article();
        StringBuilder md = new StringBuilder("---\n");
        field(md, "title", a.title());
        if (Exportable.present(a.subtitle())) {
            field(md, "description", a.subtitle());
        }
        Instant date = a.published() != null ? a.published() : a.created();
        field(md, "date", date.toString());
        field(md, "lastmod", a.updated().toString());
        list(md, "tags", x.tags().stream().filter(t -> t.kind() != TagKind.SUBJECT).map(Tag::name).toList());
        list(md, "categories", x.tags().stream().filter(t -> t.kind() == TagKind.SUBJECT)
                .map(t -> t.qcode() != null ? t.name("en") : t.name()).toList());
        if (Exportable.present(a.byline())) {
            field(md, "author", a.byline());
        }
        if (Exportable.present(a.source())) {
            field(md, "source", a.source());
        }
        if (Exportable.present(a.sourceUrl())) {
            field(md, "source_url", a.sourceUrl());
        }
        if (Exportable.present(a.language())) {
            field(md, "language", a.language());
        }
        field(md, "slug", x.slug());
        md.append("draft: ").append(a.status() != ArticleStatus.READY && a.status() != ArticleStatus.PUBLISHED).append('\n');
        field(md, "galley_id", x.uri());
        md.append("---\n\n");
        List<String> figures = new ArrayList<>();
        imageNames.forEach((image, target) -> figures.add("![" + inline(image.caption() == null ? "" : image.caption())
                + "](" + target.replace(" ", "%20").replace(")", "%29") + ")"
                + (Exportable.present(image.caption()) ? "\n\n*" + inline(image.caption()) + "*" : "")));
        List<Paragraphs.Paragraph> paragraphs = Paragraphs.of(a.body());
        List<String> texts = paragraphs.stream().map(Paragraphs.Paragraph::text).toList();
        for (StructuredParagraphs.Run run : StructuredParagraphs.runs(texts)) {
            Paragraphs.Paragraph p = paragraphs.get(run.from());
            switch (run.kind()) {
                case BULLETED, NUMBERED -> md.append(items(texts.subList(run.from(), run.to()), run.kind()));
                case ROW -> md.append(rows(texts.subList(run.from(), run.to())));
                default -> md.append(p.subhead() ? "## " + inline(p.text()) : block(p.text()));
            }
            md.append("\n\n");
            if (run.from() == 0 && !figures.isEmpty()) {
                md.append(figures.remove(0)).append("\n\n");
            }
        }
        figures.forEach(f -> md.append(f).append("\n\n"));
        return md.toString().stripTrailing() + "\n";
    }

    private static void field(StringBuilder md, String key, String value) {
        md.append(key).append(": ").append(quoted(value)).append('\n');
    }

    private static void list(StringBuilder md, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        md.append(key).append(": [").append(String.join(", ", values.stream().map(MarkdownExport::quoted).toList()))
                .append("]\n");
    }

    /** A double-quoted scalar: a JSON string, which is also valid YAML. */
    private static String quoted(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** A paragraph as Markdown: its characters taken literally, a line start that would make a list or heading escaped. */
    /** A tight Markdown list: "- item" or "1. item", numbered as the body numbers them. */
    private static String items(List<String> items, StructuredParagraphs.Kind kind) {
        List<String> lines = new ArrayList<>();
        for (String item : items) {
            String text = inline(item.substring(StructuredParagraphs.markerLength(item)));
            lines.add((kind == StructuredParagraphs.Kind.NUMBERED ? StructuredParagraphs.number(item) + ". " : "- ")
                    + text);
        }
        return String.join("\n", lines);
    }

    /** A pipe table (GitHub and Hugo's Goldmark read it), the first row its head. */
    private static String rows(List<String> rows) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = StructuredParagraphs.cells(rows.get(r)).stream().map(MarkdownExport::inline).toList();
            lines.add("| " + String.join(" | ", cells) + " |");
            if (r == 0) {
                lines.add("|" + " --- |".repeat(cells.size()));
            }
        }
        return String.join("\n", lines);
    }

    private static String block(String text) {
        String t = inline(text);
        if (t.matches("^(#{1,6}\\s|>|[-+*]\\s|\\d+[.)]\\s|={3,}|-{3,}).*")) {
            t = "\\" + t;
        }
        return t;
    }

    /** Characters Markdown would read as markup, escaped. */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String safeName(String name) {
        String n = name.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return n.isBlank() || n.startsWith(".") ? "image" + n : n;
    }
}
