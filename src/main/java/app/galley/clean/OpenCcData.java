package app.galley.clean;

import app.galley.text.ChineseScripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenCC's conversion dictionaries as opencc4j ships them ({@code data/dictionary/*.txt}: a key, a
 * tab, the values by preference): the characters of both scripts ({@link ChineseScripts}, shared with
 * every layer), Simplified phrases to Traditional, Taiwan forms and regional variants. Loaded once.
 */
final class OpenCcData {

    /** The characters of both scripts: the one table every layer uses. */
    final ChineseScripts chars = ChineseScripts.get();
    /** Simplified phrase (2+ characters) → Traditional phrase of the same length. */
    final Map<String, String> phrases = new HashMap<>();
    /** Pairs of regional variants, both correct ({@code 裏裡}: first + second). */
    final Set<String> variants = new HashSet<>();
    final int longestPhrase;
    /** OpenCC standard character → its Taiwan form ({@code 僞} → {@code 偽}). */
    final Map<Character, Character> taiwanForms = new HashMap<>();

    private static final class Holder {
        static final OpenCcData INSTANCE = new OpenCcData();
    }

    static OpenCcData get() {
        return Holder.INSTANCE;
    }

    private OpenCcData() {
        int[] longest = {0};
        read("data/dictionary/STPhrases.txt", (key, values) -> {
            String value = values.get(0);
            if (key.length() >= 2 && key.length() == value.length() && key.length() <= 8) {
                phrases.put(key, value);
                longest[0] = Math.max(longest[0], key.length());
            }
        });
        longestPhrase = longest[0];
        read("data/dictionary/TWVariants.txt", (key, values) -> {
            if (key.length() == 1 && values.get(0).length() == 1) {
                taiwanForms.put(key.charAt(0), values.get(0).charAt(0));
            }
        });
        try (InputStream in = OpenCcData.class.getResourceAsStream("/app/galley/clean/variants.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] p = l.strip().split("\\s+");
                        variants.add(p[0] + p[1]);
                        variants.add(p[1] + p[0]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with OpenCC's standard characters in their Taiwan forms. */
    String toTaiwanForms(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(taiwanForms.getOrDefault(text.charAt(i), text.charAt(i)));
        }
        return out.toString();
    }

    boolean areVariants(char a, char b) {
        return variants.contains("" + a + b);
    }

    /** The Traditional forms of a Simplified character, with their regional variants. */
    Set<Character> traditionalForms(char simplified) {
        return forms.computeIfAbsent(simplified, s -> {
            Set<Character> out = new HashSet<>(chars.traditionalForms(s));
            for (Character c : Set.copyOf(out)) {
                for (String v : variants) {
                    if (v.charAt(0) == c) {
                        out.add(v.charAt(1));
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    private final Map<Character, Set<Character>> forms = new java.util.concurrent.ConcurrentHashMap<>();

    private interface Entry {
        void accept(String key, List<String> values);
    }

    private static void read(String resource, Entry entry) {
        InputStream in = OpenCcData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenCC dictionary " + resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                // key, tab, values. (TWVariants.txt in opencc4j 1.14 has a space instead, so none of its
                // lines is read here and Taiwan forms are not applied by s2tw; its pairs include 面→麵 and
                // 里→裡, which would be wrong in 方面 and 公里: left so until a sound table is found.
                // ChineseScripts reads it for matching only, where merging is harmless.)
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entry.accept(line.substring(0, tab), List.of(line.substring(tab + 1).strip().split(" ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
