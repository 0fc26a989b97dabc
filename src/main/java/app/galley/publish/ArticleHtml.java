package app.galley.publish;

import app.galley.text.Paragraphs;
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
        for (int i = 0; i < spans.size(); i++) {
            Paragraphs.Span s = spans.get(i);
            Element block = root.appendElement(s.subhead() ? "h2" : "p");
            if (marginNotes) {
                for (Highlight h : highlights) {
                    if (h.start() >= s.start() && h.start() < s.end() && h.note() != null) {
                        Element note = block.appendElement("span").addClass("margin-note").addClass("verdict-" + h.verdict());
                        note.appendElement("span").addClass("n").text(h.number() + " ");
                        note.appendText(h.note());
                    }
                }
            }
            appendText(block, text, s, highlights);
            if (i == 0 && !images.isEmpty()) {
                figure(root, images.get(0));
            }
        }
        for (int k = spans.isEmpty() ? 0 : 1; k < images.size(); k++) {
            figure(root, images.get(k));
        }
        return root.html();
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
