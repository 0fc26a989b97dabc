package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: 4-token shingles of {@code \w+} tokens, compared as
 * multisets per page, normalised so every page weighs the same, averaged over pages. The Chinese set's
 * variant ({@link #pageByCharacters}) takes every single {@code \w} character as a token instead.
 */
public final class ShingleMetric {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CHARACTER = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** The per-page counts, normalised to sum to 1 (all zero for two empty texts). */
    public record PageScore(double tp, double fp, double fn, boolean exact) {

        /** Precision of this page, or NaN when it predicted nothing and should not be averaged. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }
    }

    /** Averages over pages. */
    public record Summary(double precision, double recall, double f1, double accuracy, int pages) {
    }

    private ShingleMetric() {
    }

    public static List<String> tokens(String text) {
        return tokens(TOKEN, text);
    }

    /** Every Han character, letter or digit on its own (the Chinese set's tokens). */
    public static List<String> characterTokens(String text) {
        return tokens(CHARACTER, text);
    }

    private static List<String> tokens(Pattern token, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = token.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < SHINGLE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }

    /** Scores one page: the prediction against the truth. */
    public static PageScore page(String truth, String prediction) {
        return page(tokens(truth), tokens(prediction));
    }

    /** Scores one page of the Chinese set: shingles of four characters. */
    public static PageScore pageByCharacters(String truth, String prediction) {
        return page(characterTokens(truth), characterTokens(prediction));
    }

    private static PageScore page(List<String> t, List<String> p) {
        Map<List<String>, Integer> ts = shingles(t);
        Map<List<String>, Integer> ps = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
            int inTruth = ts.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
            fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        }
        long sum = tp + fp + fn;
        boolean exact = t.equals(p);
        if (sum == 0) {
            return new PageScore(0, 0, 0, exact);
        }
        return new PageScore((double) tp / sum, (double) fp / sum, (double) fn / sum, exact);
    }

    /** Precision and recall averaged over pages, F1 of the averages, and exact-match accuracy. */
    public static Summary summarise(List<PageScore> pages) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        int exact = 0;
        for (PageScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                p += s.precision();
                pn++;
            }
            if (s.tp() + s.fn() > 0) {
                r += s.recall();
                rn++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }
}
