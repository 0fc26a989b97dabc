package app.galley.publish;

import app.galley.text.Paragraphs;
import app.galley.text.StructuredParagraphs;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An article's body as HTML: paragraphs as {@code <p>}, subheads as {@code <h2>}, images as
 * figures with captions, and (when asked) annotated words highlighted as {@code <mark>} with their
 * kind and verdict, numbered to match the notes. Built with Jsoup nodes, so text is always escaped.
 */
final class ArticleHtml {

    /** A highlighted range of the body, {@code [start, end)}, numbered as its note is. */
    record Highlight(int start, int end, String kind, String verdict, int number, String note) {
    }

    /** An image to show: inline bytes as a data URL, or a remote address. */
    record Image(String src, String caption) {
    }

    private ArticleHtml() {
    }

    /**
     * @param marginNotes put each highlight's note beside the paragraph it is in (print proofs)
     */
    static String body(String text, List<Highlight> highlights, List<Image> images, boolean marginNotes) {
        Element root = new Element("div");
        List<Paragraphs.Span> spans = Paragraphs.spans(text);
        List<String> texts = spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
        for (StructuredParagraphs.Run run : StructuredParagraphs.runs(texts)) {
            Paragraphs.Span first = spans.get(run.from());
            switch (run.kind()) {
                case BULLETED, NUMBERED -> list(root, text, spans.subList(run.from(), run.to()), run.kind(), highlights);
                case ROW -> table(root, text, spans.subList(run.from(), run.to()), highlights);
                default -> {
                    Element block = root.appendElement(first.subhead() ? "h2" : "p");
                    if (marginNotes) {
                        marginNotes(block, first, highlights);
                    }
                    appendText(block, text, first, highlights);
                }
            }
            if (run.from() == 0 && !images.isEmpty()) {
                figure(root, images.get(0));
            }
        }
        for (int k = spans.isEmpty() ? 0 : 1; k < images.size(); k++) {
            figure(root, images.get(k));
        }
        return root.html();
    }

    private static void marginNotes(Element block, Paragraphs.Span s, List<Highlight> highlights) {
        for (Highlight h : highlights) {
            if (h.start() >= s.start() && h.start() < s.end() && h.note() != null) {
                Element note = block.appendElement("span").addClass("margin-note").addClass("verdict-" + h.verdict());
                note.appendElement("span").addClass("n").text(h.number() + " ");
                note.appendText(h.note());
            }
        }
    }

    /** Items as {@code <ul>} or {@code <ol>} (starting where the first item's number does), markers left out. */
    private static void list(Element root, String text, List<Paragraphs.Span> items, StructuredParagraphs.Kind kind,
                             List<Highlight> highlights) {
        Element list = root.appendElement(kind == StructuredParagraphs.Kind.NUMBERED ? "ol" : "ul");
        int first = StructuredParagraphs.number(text.substring(items.get(0).start(), items.get(0).end()));
        if (first > 1) {
            list.attr("start", Integer.toString(first));
        }
        for (Paragraphs.Span item : items) {
            int marker = StructuredParagraphs.markerLength(text.substring(item.start(), item.end()));
            appendText(list.appendElement("li"), text, new Paragraphs.Span(item.start() + marker, item.end(), false),
                    highlights);
        }
    }

    /** Rows as a {@code <table>}, the first as its head. */
    private static void table(Element root, String text, List<Paragraphs.Span> rows, List<Highlight> highlights) {
        Element table = root.appendElement("table");
        Element head = table.appendElement("thead");
        Element rest = table.appendElement("tbody");
        for (int r = 0; r < rows.size(); r++) {
            Paragraphs.Span row = rows.get(r);
            Element line = (r == 0 ? head : rest).appendElement("tr");
            for (int[] cell : StructuredParagraphs.cellRanges(text.substring(row.start(), row.end()))) {
                appendText(line.appendElement(r == 0 ? "th" : "td"), text,
                        new Paragraphs.Span(row.start() + cell[0], row.start() + cell[1], false), highlights);
            }
        }
    }

    private static void figure(Element root, Image image) {
        Element f = root.appendElement("figure");
        f.appendElement("img").attr("src", image.src()).attr("alt", image.caption() == null ? "" : image.caption());
        if (image.caption() != null && !image.caption().isBlank()) {
            f.appendElement("figcaption").text(image.caption());
        }
    }

    /** The paragraph's text, cut where highlights start and end; a cut covered by several shows the innermost. */
    private static void appendText(Element block, String text, Paragraphs.Span s, List<Highlight> highlights) {
        List<Integer> cuts = new ArrayList<>(List.of(s.start(), s.end()));
        for (Highlight h : highlights) {
            if (h.end() > s.start() && h.start() < s.end()) {
                cuts.add(Math.max(h.start(), s.start()));
                cuts.add(Math.min(h.end(), s.end()));
            }
        }
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        // lines of a Chinese paragraph join without a space, as Paragraphs.joined does
        boolean cjk = text.substring(s.start(), s.end()).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Highlight pendingRef = null;
        for (int k = 0; k + 1 < points.size(); k++) {
            int from = points.get(k);
            int to = points.get(k + 1);
            String piece = text.substring(from, to).replaceAll("\\s*\\n\\s*", cjk ? "" : " ");
            if (pendingRef != null) {
                // the note number goes after closing punctuation, which must not start a line
                int closing = 0;
                while (closing < piece.length() && CLOSING.indexOf(piece.charAt(closing)) >= 0) {
                    closing++;
                }
                // kept on one line with its punctuation
                Element end = block.appendElement("span").addClass("ann-end").text(piece.substring(0, closing));
                reference(end, pendingRef);
                pendingRef = null;
                piece = piece.substring(closing);
                if (piece.isEmpty()) {
                    continue;
                }
            }
            Highlight inner = null;
            for (Highlight h : highlights) {
                if (h.start() <= from && h.end() >= to && (inner == null || h.start() >= inner.start())) {
                    inner = h;
                }
            }
            if (inner == null) {
                block.appendChild(new TextNode(piece));
                continue;
            }
            block.appendElement("mark").addClass("ann").addClass(inner.kind())
                    .addClass("verdict-" + inner.verdict()).text(piece);
            if (inner.end() == to) {
                pendingRef = inner;
            }
        }
        if (pendingRef != null) {
            reference(block, pendingRef);
        }
    }

    /** Punctuation that closes a quotation or a clause: a note number follows it rather than precedes it. */
    private static final String CLOSING = "」』”’）)》〉】。，、！？：；.,!?;:";

    private static void reference(Element block, Highlight h) {
        block.appendElement("sup").addClass("ann-ref").text(Integer.toString(h.number()));
    }
}
