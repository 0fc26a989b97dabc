package app.galley.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate substring search: where a pattern occurs in a text with at most k edits (insertions,
 * deletions, substitutions), by Sellers' dynamic programme (the edit distance between the pattern
 * and the best substring ending at each position), then the start of each match by the same
 * programme run backwards. O(text × pattern); quotes are short.
 */
final class FuzzyMatch {

    /** A match of the pattern: {@code text[start, end)} with {@code errors} edits. */
    record Match(int start, int end, int errors) {
    }

    private FuzzyMatch() {
    }

    /** The matches with at most {@code maxErrors} edits, one per local minimum of the distance. */
    static List<Match> find(String text, String pattern, int maxErrors) {
        int m = pattern.length();
        int n = text.length();
        List<Match> matches = new ArrayList<>();
        if (m == 0 || n == 0) {
            return matches;
        }
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int[] endCost = new int[n + 1];
        endCost[0] = m;
        for (int j = 1; j <= n; j++) {
            char c = text.charAt(j - 1);
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                int cost = pattern.charAt(i - 1) == c ? diag : diag + 1;
                col[i] = Math.min(cost, Math.min(up + 1, col[i - 1] + 1));
                diag = up;
            }
            endCost[j] = col[m];
        }
        for (int j = 1; j <= n; j++) {
            int cost = endCost[j];
            // the last end of a run of equally good ends: the next end is worse
            if (cost <= maxErrors && (j == n || endCost[j + 1] > cost)) {
                int start = startOf(text, pattern, j, cost);
                matches.add(new Match(start, j, cost));
            }
        }
        return matches;
    }

    /** Where the match ending at {@code end} with {@code cost} edits begins (the latest such start). */
    private static int startOf(String text, String pattern, int end, int cost) {
        int m = pattern.length();
        int from = Math.max(0, end - m - cost);
        // distance between pattern and text[s, end) for every s, pattern read backwards
        int width = end - from;
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int best = end;
        int bestCost = col[m];
        for (int k = 1; k <= width; k++) {
            char c = text.charAt(end - k);
            int diag = col[0];
            col[0] = k;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                int sub = pattern.charAt(m - i) == c ? diag : diag + 1;
                col[i] = Math.min(sub, Math.min(up + 1, col[i - 1] + 1));
                diag = up;
            }
            if (col[m] < bestCost) {
                bestCost = col[m];
                best = end - k;
            }
        }
        return best;
    }

    /** The edit distance of two strings. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1 for equal strings, falling to 0 as they differ (edit distance over the longer length). */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }
}
