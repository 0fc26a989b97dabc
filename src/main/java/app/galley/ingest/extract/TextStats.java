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

    /** Share of the element's text that sits inside links (0 to 1). */
    static double linkDensity(Element e) {
        int total = weight(e.text());
        if (total == 0) {
            return 0;
        }
        int links = 0;
        Elements anchors = e.getElementsByTag("a");
        for (Element a : anchors) {
            String href = a.attr("href");
            // in-page anchors (footnotes, #top) count less than links away
            double factor = href.startsWith("#") ? 0.3 : 1;
            links += (int) (weight(a.text()) * factor);
        }
        return Math.min(1, (double) links / total);
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
