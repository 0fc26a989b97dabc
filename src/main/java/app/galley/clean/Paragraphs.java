package app.galley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import app.galley.model.LengthUnit;
import app.galley.model.TextLength;

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

    public static List<Paragraph> of(String body) {
        String[] parts = body.strip().contains("\n\n") ? body.strip().split("\\n\\s*\\n") : body.strip().split("\\n");
        List<String> texts = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", isMostlyCjk(p) ? "" : " ");
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean between = i > 0 && i < texts.size() - 1 && isProse(texts.get(i - 1)) && isProse(texts.get(i + 1));
            out.add(new Paragraph(texts.get(i), between && isSubhead(texts.get(i))));
        }
        return out;
    }

    /** The subheads of a body, in order. */
    public static List<String> subheads(String body) {
        return of(body).stream().filter(Paragraph::subhead).map(Paragraph::text).toList();
    }

    /** Prose: 30 CJK characters or 10 words, or a shorter complete sentence. */
    private static boolean isProse(String text) {
        TextLength len = TextLength.of(text);
        boolean cjk = len.unit() == LengthUnit.CHARACTERS;
        if (len.value() >= (cjk ? 30 : 10)) {
            return true;
        }
        String t = text.strip();
        return len.value() >= (cjk ? 12 : 5) && !t.isEmpty() && "。！？.!?」”\"".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean isSubhead(String p) {
        if (NOT_A_HEADING.matcher(p).find()) {
            return false;
        }
        if (isMostlyCjk(p)) {
            return p.codePointCount(0, p.length()) <= CJK_SUBHEAD;
        }
        String[] words = p.split("\\s+");
        return words.length <= LATIN_SUBHEAD && Character.isUpperCase(p.codePointAt(0));
    }

    static boolean isMostlyCjk(String s) {
        long cjk = s.codePoints().filter(Chars::isCjk).count();
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters > 0 && cjk * 2 >= letters;
    }
}
