package app.galley.ingest.extract;

import app.galley.clean.MetadataLines;
import app.galley.clean.SourceHints;
import app.galley.ingest.CharsetDetection;
import app.galley.ingest.DecodedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Keeps exactly the article of a web page: metadata from the head and JSON-LD, the body as ordered
 * blocks, without navigation, share bars, related links, comments or footers. Plain Java, no UI.
 */
public final class ArticleExtractor {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    /** The charset a page declares in its first 4 KB, if any. */
    public static String declaredCharset(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        var m = META_CHARSET.matcher(new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    /** Extracts from raw bytes: the charset is detected (BOM, a declaration that fits, then statistics). */
    public Extraction extract(byte[] html, String url) {
        DecodedText decoded = CharsetDetection.decode(html, declaredCharset(html), true);
        return extract(decoded.text(), url);
    }

    /** Extracts from decoded HTML. */
    public Extraction extract(String html, String url) {
        Parser parser = Parser.htmlParser();
        Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
        JsonLd ld = JsonLd.of(doc);
        Metadata metadata = new Metadata(doc);
        String site = metadata.site(ld);
        String title = metadata.title(ld, site);
        String byline = metadata.byline(ld);
        Instant published = metadata.published(ld);
        String canonical = metadata.canonicalUrl();
        String sourceMark = ld.sourceOrganization() != null ? ld.sourceOrganization()
                : SourceMarks.of(doc); // before pruning: the date bar that carries it is not the article

        Element body = doc.body();
        String pageText = body == null ? "" : body.text(); // before pruning: dates and bylines around the article
        PageLines pageLines = body == null ? null : PageLines.of(body);
        List<ImageRef> images = new ArrayList<>();
        Body article = body == null ? new Body(List.of(), List.of(), List.of()) : body(body, title, images);
        List<Block> blocks = article.blocks();
        String text = String.join("\n\n", blocks.stream().map(Block::text).toList());
        if (published == null) {
            published = VisibleDates.near(pageText, blocks);
        }
        if (byline == null) {
            byline = VisibleBylines.near(pageText, blocks, article.lead());
        }
        if (byline == null) {
            byline = metadata.authorLink();
        }
        // the outlet the page credits next to the article (来源：科技日报), or a byline's (Tom Becker, Rail & Road)
        String source = credited(article.tail());
        if (source == null) {
            source = VisibleBylines.source(pageText, blocks);
        }
        if (source == null && pageLines != null && !blocks.isEmpty()) {
            source = aroundSource(pageLines, title, blocks, site);
        }
        if (byline != null && SourceHints.isOutletName(byline)) { // <meta name="author" content="中央社">
            source = source != null ? source : byline;
            byline = null;
        }
        String[] nameAndOutlet = byline == null ? null : MetadataLines.nameAndOutlet(byline);
        if (nameAndOutlet != null) {
            byline = nameAndOutlet[0];
            source = source != null ? source : nameAndOutlet[1];
        }
        String language = metadata.language(text.isEmpty() && body != null ? body.text() : text);
        return new Extraction(title, byline, published, site, source, sourceMark, canonical != null ? canonical : url, language, blocks,
                images);
    }

    /** The outlet a credit line after the article names ({@code （本文摘自《遠見雜誌》）}, The post … appeared first on X), or null. */
    private static String credited(List<Block> tail) {
        return credited(tail.stream().map(Block::text).toList());
    }

    private static String credited(Collection<String> lines) {
        for (String line : lines) {
            String credited = SourceHints.creditLine(line);
            if (credited != null) {
                return credited;
            }
        }
        return null;
    }

    /**
     * The outlet the page's lines around the article name as text copy would: between the headline and
     * the article ({@code 中央社記者王小明／台北報導}, {@code By Jane Doe | Reuters}, {@code 【中央社】} before
     * the headline), or a credit just under it; never the site's own name.
     */
    private static String aroundSource(PageLines lines, String title, List<Block> blocks, String site) {
        List<String> lead = lines.lead(title, blocks.get(0).text());
        String found = lead.isEmpty() ? null : MetadataLines.of(String.join("\n\n", lead), true).source();
        if (found == null) {
            found = credited(lines.after(blocks.get(blocks.size() - 1).text(), 4));
        }
        return found == null || found.equals(site) ? null : found;
    }

    /**
     * Blocks of HTML that is all article already (a ninjs body, NewsML-G2 inline XHTML, rendered
     * Markdown): no pruning, scoring or trimming, only the scripts and hidden parts removed.
     */
    public List<Block> blocksOfCleanHtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template, iframe, object, embed, form, [hidden]").remove();
        structureAsParagraphs(doc);
        return BlockWriter.write(doc.body(), new TextIndex(doc.body()));
    }

    /**
     * Lists and tables in the body model's own terms ({@link app.galley.text.StructuredParagraphs}):
     * each item a paragraph with its bullet or number, each table row a paragraph of cells, so that a
     * list stays a list through an export and an import.
     */
    private static void structureAsParagraphs(Document doc) {
        for (org.jsoup.nodes.Element list : doc.select("ul, ol")) {
            if (list.parent() == null || list.parents().stream().anyMatch(a -> a.nameIs("li") || a.nameIs("table"))) {
                continue; // a nested list is part of its item's text
            }
            boolean numbered = list.tagName().equals("ol");
            int n = numbered && list.attr("start").matches("\\d{1,6}") ? Integer.parseInt(list.attr("start")) : 1;
            for (org.jsoup.nodes.Element li : list.children()) {
                String text = li.text().strip();
                if (!text.isEmpty()) {
                    list.before(new org.jsoup.nodes.Element("p").text(
                            (numbered ? n++ + ". " : app.galley.text.StructuredParagraphs.BULLET) + text));
                }
            }
            list.remove();
        }
        for (org.jsoup.nodes.Element table : doc.select("table")) {
            if (table.parent() == null || table.select("table").size() > 1
                    || table.parents().stream().anyMatch(a -> a.nameIs("table"))) {
                continue; // a layout of tables inside tables: its cells stay paragraphs
            }
            for (org.jsoup.nodes.Element caption : table.select("> caption")) {
                table.before(new org.jsoup.nodes.Element("p").text(caption.text()));
            }
            for (org.jsoup.nodes.Element row : table.select("tr")) {
                List<String> cells = row.select("> th, > td").eachText();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    table.before(new org.jsoup.nodes.Element("p").text(cells.size() == 1 ? cells.get(0)
                            : app.galley.text.StructuredParagraphs.row(cells)));
                }
            }
            table.remove();
        }
    }

    /** The article's blocks, and its opening lines as written (headline and byline lines not yet trimmed). */
    private record Body(List<Block> blocks, List<Block> lead, List<Block> tail) {
    }

    private Body body(Element body, String title, List<ImageRef> images) {
        ClassSignals signals = new ClassSignals();
        Pruner.prune(body, signals, title);
        Candidates candidates = new Candidates(signals);
        candidates.score(body);
        Element top = candidates.top(body);
        List<Block> blocks = new ArrayList<>();
        List<ImageRef> found = new ArrayList<>();
        for (Element part : withSiblings(top, candidates)) {
            blocks.addAll(BlockWriter.write(part, candidates.index()));
            found.addAll(images(part));
        }
        List<Block> trimmed = EdgeTrimmer.trim(blocks, title);
        Element fallback = weight(trimmed) < TINY ? candidates.realText(Math.max(TINY, weight(trimmed) * 3 / 2 + 1)) : null;
        if (fallback != null) {
            // an empty or tiny result while a candidate holds real text: that candidate is the article
            List<Block> again = EdgeTrimmer.trim(BlockWriter.write(fallback, candidates.index()), title);
            if (weight(again) > weight(trimmed)) {
                images.addAll(images(fallback));
                return new Body(again, List.of(), List.of());
            }
        }
        images.addAll(found);
        return new Body(trimmed, lead(blocks, trimmed), tail(blocks, trimmed));
    }

    /** The article's last three blocks and the short ones the trimmer took after them (credit lines stand there). */
    private static List<Block> tail(List<Block> written, List<Block> trimmed) {
        int last = trimmed.isEmpty() ? -1 : written.lastIndexOf(trimmed.get(trimmed.size() - 1));
        if (last < 0) {
            return List.of();
        }
        List<Block> tail = new ArrayList<>(trimmed.subList(Math.max(0, trimmed.size() - 3), trimmed.size()));
        for (int i = last + 1; i < written.size() && i <= last + 5 && TextStats.weight(written.get(i).text()) < 60; i++) {
            tail.add(written.get(i));
        }
        return tail;
    }

    /** The lines the trimmer took from the article's top (after any heavier block above it) and its first three. */
    private static List<Block> lead(List<Block> written, List<Block> trimmed) {
        int first = trimmed.isEmpty() ? -1 : written.indexOf(trimmed.get(0));
        if (first < 0) {
            return List.of();
        }
        int from = first;
        while (from > 0 && first - from < 5 && TextStats.weight(written.get(from - 1).text()) < 60) {
            from--;
        }
        List<Block> lead = new ArrayList<>(written.subList(from, first));
        lead.addAll(trimmed.subList(0, Math.min(3, trimmed.size())));
        return lead;
    }

    /** Below this weighted length a result is tiny: a line or two, not an article. */
    private static final int TINY = 150;

    private static int weight(List<Block> blocks) {
        int w = 0;
        for (Block b : blocks) {
            w += TextStats.weight(b.text());
        }
        return w;
    }

    /** The images in part of the article, leaving out tracking pixels and inline data. */
    static List<ImageRef> images(Element part) {
        List<ImageRef> out = new ArrayList<>();
        for (Element img : part.select("img[src]")) {
            String src = img.attr("src").strip();
            if (src.isEmpty() || src.startsWith("data:") || isTiny(img.attr("width")) || isTiny(img.attr("height"))) {
                continue;
            }
            Element figure = img.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            String captionText = caption == null ? null : TextStats.normalise(caption.text());
            String alt = TextStats.normalise(img.attr("alt"));
            String web = img.absUrl("src");
            out.add(new ImageRef(src, alt.isEmpty() ? null : alt,
                    captionText == null || captionText.isEmpty() ? null : captionText,
                    web.matches("(?i)https?://\\S+") ? web : null));
        }
        return out;
    }

    private static boolean isTiny(String dimension) {
        return dimension.matches("\\s*[0-3]\\s*(px)?\\s*");
    }

    /** The top candidate and those of its siblings that look like more of the article. */
    private static List<Element> withSiblings(Element top, Candidates candidates) {
        Element parent = top.parent();
        if (parent == null || top.tagName().equals("body")) {
            return List.of(top);
        }
        double topScore = candidates.scoreOf(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (candidates.isScored(sibling) && candidates.scoreOf(sibling) + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.tagName().equals("p")) {
                String text = sibling.text();
                int weight = candidates.index().weight(sibling);
                double links = candidates.index().linkDensity(sibling);
                if (weight > 80 && links < 0.25 || weight > 0 && weight <= 80 && links == 0 && TextStats.endsLikeSentence(text)) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }
}
