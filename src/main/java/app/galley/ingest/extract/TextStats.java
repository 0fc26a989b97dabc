package app.galley.ingest.extract;

import app.galley.text.Scripts;
import app.galley.model.TextLength;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Text measures the extractor scores with, fair to CJK and Latin scripts alike. */
final class TextStats {

    /** A CJK character carries about as much as three Latin letters. */
    static final int CJK_WEIGHT = 3;

    private TextStats() {
    }

    /** Length of the visible text with CJK characters weighted, white space ignored. */
    static int weight(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            w += Scripts.isCjk(c) ? CJK_WEIGHT : 1;
        }
        return w;
    }

    /** Commas and their CJK forms: a sign of prose. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '；' || c == '。') {
                n++;
            }
        }
        return n;
    }

    /** Share of the element's text that sits inside links to elsewhere (0 to 1); see {@link #isLink}. */
    static double linkDensity(Element e) {
        int total = weight(e.text());
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            if (isLink(a) && !hasLinkAncestorWithin(a, e)) {
                links += weight(a.text());
            }
        }
        return Math.min(1, (double) links / total);
    }

    /**
     * A link away from the text: an {@code a} with a real target. An {@code a} without {@code href} (a
     * name anchor, or one the parser reopened around a post after a missing close tag), an in-page
     * {@code #} anchor or a {@code javascript:} handler is not one. Every measure of link density uses
     * this one test.
     */
    static boolean isLink(Element e) {
        if (!e.normalName().equals("a")) {
            return false;
        }
        String href = e.attr("href").strip();
        return !href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11);
    }

    private static boolean hasLinkAncestorWithin(Element a, Element root) {
        for (Element p = a.parent(); p != null && p != root; p = p.parent()) {
            if (isLink(p)) {
                return true;
            }
        }
        return false;
    }

    /** True if the text ends like a sentence, in English or Chinese. */
    static boolean endsLikeSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?。！？」』”\"’)）:：".indexOf(c) >= 0;
    }

    /** White space runs (including no-break and ideographic spaces) folded to one space, trimmed. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
