package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen content element into blocks, in document order, without recursion (a page of
 * 100,000 nested elements must not overflow the stack). Text that sits directly in containers
 * (separated by {@code <br>}s) becomes paragraphs too.
 */
final class BlockWriter {

    private static final Safelist SAFE = Safelist.basic()
            .addTags("h2", "h3", "h4", "figcaption", "s", "mark")
            .addProtocols("a", "href", "http", "https", "mailto");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "header", "td", "th",
            "tr", "tbody", "table", "dd", "dt", "dl", "figure", "center", "font", "form", "details", "summary", "li",
            "address", "hgroup", "body", "span");

    private static final Cleaner CLEANER = new Cleaner(SAFE);

    private final List<Block> blocks = new ArrayList<>();
    private final TextIndex index;

    private BlockWriter(TextIndex index) {
        this.index = index;
    }
    private final StringBuilder pendingText = new StringBuilder();
    private final List<Node> pendingNodes = new ArrayList<>();
    private int pendingBreaks;
    private int pendingLinkWeight;

    static List<Block> write(Element root, TextIndex index) {
        BlockWriter w = new BlockWriter(index);
        NodeTraversor.filter(w.filter(), root);
        w.flush();
        return w.blocks;
    }

    private NodeFilter filter() {
        return new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.getWholeText();
                    boolean blank = isBlank(t);
                    if (!blank || pendingText.length() > 0) {
                        pendingText.append(t);
                        pendingNodes.add(text);
                        if (!blank) {
                            pendingBreaks = 0;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.tagName();
                switch (tag) {
                    case "p" -> {
                        if (hasBreakRun(e)) { // lines parted by blank lines: paragraphs, as a reader sees them
                            flush();
                            return FilterResult.CONTINUE;
                        }
                        emit(BlockType.PARAGRAPH, e);
                    }
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> emit(BlockType.SUBHEAD, e);
                    case "ul", "ol" -> emitList(e);
                    case "blockquote" -> emit(BlockType.BLOCKQUOTE, e);
                    case "pre" -> emitPre(e);
                    case "figcaption" -> emit(BlockType.CAPTION, e);
                    case "figure" -> {
                        // a figure's only text worth keeping is its caption (not credits, galleries, buttons)
                        flush();
                        Element caption = e.selectFirst("figcaption");
                        if (caption != null) {
                            emit(BlockType.CAPTION, caption);
                        }
                    }
                    case "br" -> {
                        pendingBreaks++;
                        if (pendingBreaks >= 2) {
                            flush();
                        } else {
                            pendingText.append('\n');
                            pendingNodes.add(e);
                        }
                        return FilterResult.CONTINUE;
                    }
                    case "img", "picture", "video", "audio", "source", "hr" -> {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    default -> {
                        if (CONTAINERS.contains(tag) && !tag.equals("span")) {
                            flush();
                        } else if (tag.equals("a") && !e.attr("href").isEmpty()) {
                            pendingNodes.add(e);
                            pendingText.append(e.text());
                            pendingLinkWeight += TextStats.weight(e.text());
                            pendingBreaks = 0;
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }
                }
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && (CONTAINERS.contains(e.tagName()) && !e.tagName().equals("span")
                        || e.tagName().equals("p") && hasBreakRun(e))) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
        };
    }

    /** White space, no-break spaces and ideographic spaces only: a line that shows nothing. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                return false;
            }
        }
        return true;
    }

    /**
     * True if a paragraph of running text holds a blank line: two {@code <br>}s with nothing visible
     * between them. A paragraph a lenient parser let hold tables or other blocks stays one block.
     */
    private static boolean hasBreakRun(Element p) {
        boolean run = false;
        for (Element e : p.getAllElements()) {
            if (e != p && BLOCKS_IN_PARAGRAPH.contains(e.tagName())) {
                return false;
            }
            if (!run && e.tagName().equals("br")) {
                Node next = e.nextSibling();
                while (next instanceof TextNode t && isBlank(t.getWholeText())) {
                    next = next.nextSibling();
                }
                run = next instanceof Element n && n.tagName().equals("br");
            }
        }
        return run;
    }

    private static final Set<String> BLOCKS_IN_PARAGRAPH = Set.of("table", "div", "p", "ul", "ol", "dl", "blockquote",
            "pre", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "form");

    private void emit(BlockType type, Element e) {
        flush();
        String text = TextStats.normalise(e.text());
        if (text.isEmpty() || type != BlockType.SUBHEAD && index.linkDensity(e) > 0.5) {
            return;
        }
        String tag = switch (type) {
            case SUBHEAD -> subheadTag(e.tagName());
            case BLOCKQUOTE -> "blockquote";
            case CAPTION -> "figcaption";
            default -> "p";
        };
        blocks.add(new Block(type, text, () -> "<" + tag + ">" + safeInnerHtml(e) + "</" + tag + ">"));
    }

    /** The element's content through jsoup's safelist cleaner, without re-parsing its HTML. */
    private static String safeInnerHtml(Element e) {
        return safeHtml(e.childNodes());
    }

    private static String safeHtml(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        Document shell = Document.createShell(nodes.get(0).baseUri());
        for (Node n : nodes) {
            shell.body().appendChild(n.clone());
        }
        return CLEANER.clean(shell).body().html();
    }

    private static String subheadTag(String tag) {
        return switch (tag) {
            case "h1", "h2" -> "h2";
            case "h3" -> "h3";
            default -> "h4";
        };
    }

    private void emitList(Element list) {
        flush();
        List<String> items = new ArrayList<>();
        for (Element li : list.children()) {
            String t = TextStats.normalise(li.text());
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        if (items.isEmpty() || index.linkDensity(list) > 0.5) {
            return;
        }
        String tag = list.tagName();
        blocks.add(new Block(BlockType.LIST, String.join("\n", items),
                () -> "<" + tag + ">" + safeInnerHtml(list) + "</" + tag + ">"));
    }

    private void emitPre(Element pre) {
        flush();
        String text = pre.wholeText().strip();
        if (!text.isEmpty()) {
            blocks.add(new Block(BlockType.PREFORMATTED, text, () -> "<pre>" + Entities.escape(text) + "</pre>"));
        }
    }

    private void flush() {
        String text = TextStats.normalise(pendingText.toString());
        int weight = TextStats.weight(text);
        if (!text.isEmpty() && pendingLinkWeight <= weight * 0.5) {
            List<Node> nodes = List.copyOf(pendingNodes);
            blocks.add(new Block(BlockType.PARAGRAPH, text, () -> "<p>" + safeHtml(nodes).strip() + "</p>"));
        }
        pendingText.setLength(0);
        pendingNodes.clear();
        pendingBreaks = 0;
        pendingLinkWeight = 0;
    }
}
