package app.galley.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Word lists bundled with the analyser (surnames, titles, verbs of saying), longest entries first. */
final class Lexicon {

    static final Lexicon SURNAMES = load("surnames.txt");
    static final Lexicon ZH_TITLES = load("zh-titles.txt");
    static final Lexicon EN_TITLES = load("en-titles.txt");
    static final Lexicon SPEECH_VERBS = load("speech-verbs.txt");
    static final Lexicon PUBLIC_FIGURES = load("public-figures.txt");

    private final List<String> words;
    private final Set<String> set;
    /** The entries by first and by last character, longest first: a lookup reads a handful, not all. */
    private final java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
    private final java.util.Map<Character, List<String>> byLast = new java.util.HashMap<>();

    private Lexicon(List<String> words) {
        this.words = List.copyOf(words);
        this.set = Set.copyOf(words);
        for (String w : this.words) {
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            byLast.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
    }

    static Lexicon load(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            Set<String> words = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
            List<String> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            return new Lexicon(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String w) {
        return set.contains(w);
    }

    /** The longest entry starting at {@code at} in {@code text}, or null. */
    String at(CharSequence text, int at) {
        if (at < 0 || at >= text.length()) {
            return null;
        }
        for (String w : byFirst.getOrDefault(text.charAt(at), List.of())) {
            if (regionMatches(text, at, w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest entry ending at {@code end} (exclusive) in {@code text}, or null. */
    String endingAt(CharSequence text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        for (String w : byLast.getOrDefault(text.charAt(end - 1), List.of())) {
            int s = end - w.length();
            if (s >= 0 && regionMatches(text, s, w)) {
                return w;
            }
        }
        return null;
    }

    List<String> words() {
        return words;
    }

    private static boolean regionMatches(CharSequence text, int at, String w) {
        if (at < 0 || at + w.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (text.charAt(at + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
