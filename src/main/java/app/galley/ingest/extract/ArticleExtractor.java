package app.galley.ingest.extract;

import app.galley.ingest.CharsetDetection;
import app.galley.ingest.DecodedText;
import java.time.Instant;
import java.util.ArrayList;
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
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|"
                    + "(read|see) (more|also)\\b.*|related( articles| stories)?:?.*|click here\\b.*|sign up\\b.*|"
                    + "subscribe\\b.*|follow us\\b.*|all rights reserved.*|©.*|copyright\\b.*|"
                    + "喜歡這篇文章.*|喜欢这篇文章.*|立刻分享.*|延伸閱讀.*|延伸阅读.*|相關新聞.*|相关新闻.*|"
                    + "廣告|广告|版權所有.*|版权所有.*|分享到.*|(點擊|点击).*(瀏覽|浏览|閱讀|阅读).*|"
                    + "(請您)?繼續閱讀.*|(请您)?继续阅读.*|更多.*(文章|新聞|新闻).*)$");

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
        String site = Metadata.site(doc, ld);
        String title = Metadata.title(doc, ld, site);
        String byline = Metadata.byline(doc, ld);
        Instant published = Metadata.published(doc, ld);

        Element body = doc.body();
        List<Block> blocks = body == null ? List.of() : body(body, title);
        String text = String.join("\n\n", blocks.stream().map(Block::text).toList());
        String language = Metadata.language(doc, text.isEmpty() && body != null ? body.text() : text);
        return new Extraction(title, byline, published, site, language, blocks);
    }

    private List<Block> body(Element body, String title) {
        Pruner.prune(body);
        Candidates candidates = new Candidates();
        candidates.score(body);
        Element top = candidates.top(body);
        List<Block> blocks = new ArrayList<>();
        for (Element part : withSiblings(top, candidates)) {
            blocks.addAll(BlockWriter.write(part));
        }
        return clean(blocks, title);
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
                int weight = TextStats.weight(text);
                double links = TextStats.linkDensity(sibling);
                if (weight > 80 && links < 0.25 || weight > 0 && weight <= 80 && links == 0 && TextStats.endsLikeSentence(text)) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /** Drops the headline repeated in the body and boilerplate lines. */
    private static List<Block> clean(List<Block> blocks, String title) {
        List<Block> out = new ArrayList<>();
        String normalTitle = title == null ? "" : TextStats.normalise(title);
        for (Block b : blocks) {
            String t = b.text();
            if (out.isEmpty() && b.type() == BlockType.SUBHEAD && (t.equals(normalTitle) || normalTitle.contains(t))) {
                continue;
            }
            if (TextStats.weight(t) < 120 && BOILERPLATE.matcher(t).matches()) {
                continue;
            }
            out.add(b);
        }
        // trailing subheads with nothing under them are section labels of what follows the article
        while (!out.isEmpty() && out.get(out.size() - 1).type() == BlockType.SUBHEAD) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
