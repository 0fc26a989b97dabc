package app.galley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's paragraphs, in order, and which of them are subheads. Bodies separate paragraphs with
 * blank lines (a body without any blank line has one paragraph per line). A subhead is a short
 * paragraph between two paragraphs of prose that does not read as a sentence: no sentence ending, no quotation,
 * no comma; at most {@value #CJK_SUBHEAD} characters of Chinese or {@value #LATIN_SUBHEAD} words
 * of English, an English one capitalised.
 */
public final class Paragraphs {

    static final int CJK_SUBHEAD = 20;
    static final int LATIN_SUBHEAD = 10;
    private static final Pattern NOT_A_HEADING = Pattern.compile("[。！？!?；;，,「」『』“”\"：]|\\.$|\\.\\s");

    private Paragraphs() {
    }

    /** A paragraph and whether it is a subhead. */
    public record Paragraph(String text, boolean subhead) {
    }

    /** Where a paragraph lies in the body ({@code [start, end)}, surrounding white space left out). */
    public record Span(int start, int end, boolean subhead) {
    }

    public static List<Paragraph> of(String body) {
        return spans(body).stream().map(s -> new Paragraph(joined(body.substring(s.start(), s.end())), s.subhead()))
                .toList();
    }

    /** The paragraphs of a body as places in it, so what is said about offsets can follow them. */
    public static List<Span> spans(String body) {
        Pattern separator = body.strip().contains("\n\n") ? BLANK_LINE : NEWLINE;
        List<int[]> ranges = new ArrayList<>();
        Matcher m = separator.matcher(body);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : body.length();
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(body.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                ranges.add(new int[] {s, e});
            }
            if (!found) {
                break;
            }
            from = m.end();
        }
        List<String> texts = ranges.stream().map(r -> joined(body.substring(r[0], r[1]))).toList();
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            // after prose, or after a list or table that ends (a heading follows a table as it follows prose)
            boolean between = i > 0 && i < texts.size() - 1 && isProseOrStructure(texts.get(i - 1))
                    && (isProse(texts.get(i + 1)) || introducesStructure(texts, i + 1));
            out.add(new Span(ranges.get(i)[0], ranges.get(i)[1], between && isSubhead(texts.get(i))));
        }
        return out;
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern NEWLINE = Pattern.compile("\\n");

    /** A paragraph's lines as one: joined without a space in Chinese, with one in other languages. */
    public static String joined(String paragraph) {
        return paragraph.strip().replaceAll("\\s*\\n\\s*", isMostlyCjk(paragraph) ? "" : " ");
    }

    /** The subheads of a body, in order. */
    public static List<String> subheads(String body) {
        return of(body).stream().filter(Paragraph::subhead).map(Paragraph::text).toList();
    }

    /** A line that ends in a colon and is followed by a list or table ("The plan pays for:"). */
    private static boolean introducesStructure(List<String> texts, int i) {
        String t = texts.get(i).strip();
        return (t.endsWith("：") || t.endsWith(":")) && i + 1 < texts.size()
                && StructuredParagraphs.kindOf(texts.get(i + 1)) != StructuredParagraphs.Kind.PROSE;
    }

    private static boolean isProseOrStructure(String text) {
        return isProse(text) || StructuredParagraphs.kindOf(text) != StructuredParagraphs.Kind.PROSE;
    }

    /** Prose: 30 CJK characters or 10 words, or a shorter complete sentence. */
    private static boolean isProse(String text) {
        TextCount len = TextCount.of(text);
        boolean cjk = len.characters();
        if (len.value() >= (cjk ? 30 : 10)) {
            return true;
        }
        String t = text.strip();
        return len.value() >= (cjk ? 12 : 5) && !t.isEmpty() && "。！？.!?」”\"".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean isSubhead(String p) {
        if (NOT_A_HEADING.matcher(p).find() || StructuredParagraphs.kindOf(p) != StructuredParagraphs.Kind.PROSE) {
            return false;
        }
        if (isMostlyCjk(p)) {
            return p.codePointCount(0, p.length()) <= CJK_SUBHEAD;
        }
        String[] words = p.split("\\s+");
        return words.length <= LATIN_SUBHEAD && Character.isUpperCase(p.codePointAt(0));
    }

    static boolean isMostlyCjk(String s) {
        long cjk = s.codePoints().filter(Scripts::isCjkSet).count();
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters > 0 && cjk * 2 >= letters;
    }
}
