package app.galley.analyze;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;

/**
 * Traditional and Simplified Chinese character by character, derived once from ICU4J's Hant-Hans
 * and Hans-Hant transliterators (about half a second, on first use). Transliterating whole texts
 * with ICU was more than half the cost of an import; a table lookup per character is not.
 */
public final class ScriptTables {

    private final char[] toSimplified = new char[0x10000];
    private final BitSet traditionalOnly = new BitSet(0x10000);
    private final BitSet simplifiedOnly = new BitSet(0x10000);

    private ScriptTables() {
        Transliterator t2s = Transliterator.getInstance("Hant-Hans");
        Transliterator s2t = Transliterator.getInstance("Hans-Hant");
        for (int c = 0; c < toSimplified.length; c++) {
            toSimplified[c] = (char) c;
        }
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            String c = String.valueOf((char) cp);
            String s = t2s.transliterate(c);
            if (s.length() == 1 && s.charAt(0) != cp) {
                toSimplified[cp] = s.charAt(0);
                traditionalOnly.set(cp);
            }
            String t = s2t.transliterate(c);
            if (t.length() == 1 && t.charAt(0) != cp) {
                simplifiedOnly.set(cp);
            }
        }
    }

    private static final class Holder {
        static final ScriptTables INSTANCE = new ScriptTables();
    }

    public static ScriptTables get() {
        return Holder.INSTANCE;
    }

    /** The Simplified form of a character (itself if it has none). */
    public char simplified(char c) {
        return toSimplified[c];
    }

    /** A character written only in Traditional Chinese (such as 腦). */
    public boolean isTraditionalOnly(char c) {
        return traditionalOnly.get(c);
    }

    /** A character written only in Simplified Chinese (such as 脑). */
    public boolean isSimplifiedOnly(char c) {
        return simplifiedOnly.get(c);
    }
}
