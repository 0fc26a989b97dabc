package app.galley.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Traditional and Simplified Chinese character by character: the one table every layer uses (issue
 * 17), OpenCC's ({@code STCharacters} and {@code TSCharacters}, as opencc4j ships them). Folding for
 * duplicates and search, guessing a text's script, the topic matcher and conversion all read it, so a
 * character folds, guesses and converts alike everywhere. Loaded once (a few milliseconds), then a
 * lookup per character.
 */
public final class ChineseScripts {

    /**
     * Names the table: stored values made with it (content hashes, near-duplicate signatures, the
     * search index) are made again when it changes.
     */
    public static final String VERSION = "opencc-1.14-tw";

    private final char[] toSimplified = new char[0x10000];
    /** As {@link #toSimplified}, with Taiwan's forms merged too (著 as 着): what matching compares. */
    private final char[] folded = new char[0x10000];
    private final BitSet simplifiedOnly = new BitSet(0x10000);
    /** Simplified character → its Traditional forms, most usual first (null: none listed). */
    private final char[][] toTraditional = new char[0x10000][];

    private ChineseScripts() {
        for (int c = 0; c < toSimplified.length; c++) {
            toSimplified[c] = (char) c;
        }
        read("data/dictionary/TSCharacters.txt", (key, values) -> {
            // a character that is also Simplified (乾 in 乾坤) lists itself first: its other form is the fold
            char k = key.charAt(0);
            for (String v : values) {
                if (v.length() == 1 && v.charAt(0) != k) {
                    toSimplified[k] = v.charAt(0);
                    return;
                }
            }
        });
        read("data/dictionary/STCharacters.txt", (key, values) -> {
            char k = key.charAt(0);
            StringBuilder forms = new StringBuilder();
            for (String v : values) {
                if (v.length() == 1) {
                    forms.append(v.charAt(0));
                }
            }
            toTraditional[k] = forms.toString().toCharArray();
            if (forms.length() > 0 && forms.indexOf(key) < 0) {
                simplifiedOnly.set(k);
            }
        });
        // OpenCC writes standard Traditional (着 for the particle, as in 隨着); Taiwan writes 著 (隨著),
        // which OpenCC reaches through phrases, not characters: for matching, a Taiwan form that does
        // not fold already folds with the standard one, and everything that folded to it follows
        char[] merged = new char[0x10000];
        read("data/dictionary/TWVariants.txt", (key, values) -> {
            char standard = key.charAt(0);
            String tw = values.get(0);
            if (tw.length() == 1 && tw.charAt(0) != standard && toSimplified[tw.charAt(0)] == tw.charAt(0)) {
                merged[tw.charAt(0)] = toSimplified[standard];
            }
        });
        for (int c = 0; c < folded.length; c++) {
            char f = toSimplified[c];
            for (int hops = 0; merged[f] != 0 && merged[f] != f && hops < 4; hops++) {
                f = merged[f];
            }
            folded[c] = f;
        }
    }

    private static final class Holder {
        static final ChineseScripts INSTANCE = new ChineseScripts();
    }

    public static ChineseScripts get() {
        return Holder.INSTANCE;
    }

    /** The Simplified form of a character (itself if it has none). */
    public char simplified(char c) {
        return toSimplified[c];
    }

    /** The text with each character's Simplified form: the same length, so offsets stay the text's own. */
    public String simplified(String text) {
        char[] out = text.toCharArray();
        for (int k = 0; k < out.length; k++) {
            out[k] = simplified(out[k]);
        }
        return new String(out);
    }

    /**
     * The character as matching compares it (duplicates, search, topics): its Simplified form, with
     * Taiwan's forms of a character merged with the standard ones ({@code 著} and {@code 着} alike).
     * Never used to write text: {@link #simplified} is the conversion.
     */
    public char fold(char c) {
        return folded[c];
    }

    /** A character written only in Traditional Chinese (such as 腦): it has another Simplified form. */
    public boolean isTraditionalOnly(char c) {
        return toSimplified[c] != c;
    }

    /** A character written only in Simplified Chinese (such as 脑): none of its Traditional forms is itself. */
    public boolean isSimplifiedOnly(char c) {
        return simplifiedOnly.get(c);
    }

    /** The Traditional forms of a Simplified character, most usual first (empty if OpenCC lists none). */
    public List<Character> traditionalForms(char c) {
        char[] forms = toTraditional[c];
        List<Character> out = new ArrayList<>(forms == null ? 0 : forms.length);
        if (forms != null) {
            for (char f : forms) {
                out.add(f);
            }
        }
        return out;
    }

    /** Reads a dictionary of single characters: a key, then the values by preference. */
    private static void read(String resource, BiConsumer<String, List<String>> entry) {
        InputStream in = ChineseScripts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenCC dictionary " + resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                // a tab after the key in most files, a space in some (TWVariants), CR LF in some
                String[] parts = line.strip().split("\\s+");
                if (parts.length > 1 && parts[0].length() == 1) { // one character (of the BMP) as the key
                    entry.accept(parts[0], List.of(parts).subList(1, parts.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
