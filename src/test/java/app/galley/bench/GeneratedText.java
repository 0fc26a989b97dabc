package app.galley.bench;

import java.util.List;
import java.util.Random;

/**
 * Made-up copy for the benchmarks: Chinese from a set of common newsroom characters, English from a
 * Zipf-distributed vocabulary whose character shingles overlap between unrelated articles about as
 * much as real copy's do.
 */
final class GeneratedText {

    private static final String[] EN = ("the council said budget city school bridge mayor police voters on tuesday "
            + "residents plan money year new report officials meeting vote tax roads hospital workers union").split(" ");
    /**
     * Real copy draws on thousands of words, most of them rare (Zipf). A few dozen words made every
     * English article share shingles with hundreds of others, which no newsroom corpus does.
     */
    private static final String[] LEXICON = lexicon(20_000);
    private static final double[] ZIPF = zipf(LEXICON.length);
    private static final String ZH = "市議會今天表示預算學校橋梁市長警察選民居民計畫經費報告官員會議投票稅收道路醫院工會"
            + "上海北京科學研究中心晶元人工智慧產業投資發展政府企業技術研發合作國家";

    private GeneratedText() {
    }

    static String words(Random random, boolean chinese, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (chinese) {
                sb.append(ZH.charAt(random.nextInt(ZH.length())));
            } else {
                int rank = java.util.Arrays.binarySearch(ZIPF, random.nextDouble());
                sb.append(k == 0 ? "" : " ").append(LEXICON[Math.min(LEXICON.length - 1, rank < 0 ? -rank - 1 : rank)]);
            }
        }
        return sb.toString();
    }

    /**
     * The common words first, then made-up ones of consonant-vowel syllables: a vocabulary of
     * {@code size} words whose character shingles overlap between unrelated articles about as
     * little as real copy's do (Jaccard median about 0.03 on the aeb-dev pages).
     */
    private static String[] lexicon(int size) {
        String consonants = "bcdfghjklmnprstvwyz";
        String vowels = "aeiou";
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(EN));
        Random random = new Random(4000);
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k >= 0; k--) {
                w.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
                if (random.nextInt(3) == 0) {
                    w.append(consonants.charAt(random.nextInt(consonants.length())));
                }
            }
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Cumulative Zipf probabilities for ranks 1..n. */
    static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
