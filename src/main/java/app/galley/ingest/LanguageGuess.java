package app.galley.ingest;

import app.galley.text.ChineseScripts;
import java.util.Locale;
import java.util.Set;

/**
 * A first guess at a text's language from its script: Chinese (telling Traditional from Simplified
 * character by character), Japanese, Korean, English by its common words, and other languages by
 * an n-gram detector.
 */
public final class LanguageGuess {

    private static final int SAMPLE = 3000;
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "from", "with", "as", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "that", "this", "these", "those", "it", "its", "he",
            "she", "they", "his", "her", "their", "we", "our", "you", "not", "no", "more", "than", "said", "says",
            "who", "which", "what", "when", "there", "about", "after", "into", "also", "new", "one", "two");


    private LanguageGuess() {
    }

    /** A BCP 47 tag such as {@code zh-Hant}, {@code zh-Hans}, {@code ja}, {@code en}, or {@code null}. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z') {
                    latin++;
                }
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> {
                    if (Character.isLetter(cp)) {
                        other++; // Cyrillic, Greek, Arabic, Thai ...: left to the detector
                    }
                }
            }
        }
        int letters = han + kana + hangul + latin + other;
        if (letters == 0) {
            return null;
        }
        if (kana * 10 > letters) {
            return "ja";
        }
        if (hangul * 3 > letters) {
            return "ko";
        }
        if (han * 3 > letters) {
            return chineseScript(sample);
        }
        return latin > other && looksEnglish(sample) ? "en" : Detector.detect(sample);
    }

    /**
     * Other languages (French, German, Spanish, Russian, Vietnamese ... 70 in all) by the optimaize
     * n-gram detector, loaded on first use; null when it is not confident.
     */
    private static final class Detector {
        private static final com.optimaize.langdetect.LanguageDetector INSTANCE = build();

        private static com.optimaize.langdetect.LanguageDetector build() {
            try {
                return com.optimaize.langdetect.LanguageDetectorBuilder
                        .create(com.optimaize.langdetect.ngram.NgramExtractors.standard())
                        .withProfiles(new com.optimaize.langdetect.profiles.LanguageProfileReader().readAllBuiltIn())
                        .minimalConfidence(0.9)
                        .build();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the language profiles are missing from the class path", e);
            }
        }

        static String detect(String sample) {
            var text = com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingOnLargeText().forText(sample);
            var found = INSTANCE.detect(text);
            return found.isPresent() ? found.get().getLanguage() : null;
        }
    }

    /** Counts characters written only in Traditional or only in Simplified Chinese. */
    private static String chineseScript(String sample) {
        ChineseScripts tables = ChineseScripts.get();
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (tables.isTraditionalOnly(c)) {
                traditionalOnly++;
            } else if (tables.isSimplifiedOnly(c)) {
                simplifiedOnly++;
            }
        }
        return simplifiedOnly > traditionalOnly ? "zh-Hans" : traditionalOnly > 0 ? "zh-Hant" : "zh";
    }

    private static boolean looksEnglish(String sample) {
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        int common = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            if (ENGLISH.contains(w)) {
                common++;
            }
        }
        return total > 0 && common * 100 >= total * 8;
    }
}
