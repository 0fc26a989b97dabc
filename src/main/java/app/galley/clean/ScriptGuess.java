package app.galley.clean;

import app.galley.text.ChineseScripts;
import app.galley.text.Scripts;

/**
 * Whether a text is Chinese, and in which script, by counting characters that exist in only one of
 * the two scripts (OpenCC's tables). Used after mojibake repair, when the language guessed from the
 * garbled text no longer holds.
 */
public final class ScriptGuess {

    private ScriptGuess() {
    }

    /**
     * {@code zh-Hant} or {@code zh-Hans} if the text is mostly Han characters, else {@code fallback}.
     */
    public static String language(String text, String fallback) {
        ChineseScripts chars = ChineseScripts.get();
        int han = 0;
        int letters = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (Scripts.isHan(c)) {
                han++;
                if (chars.isTraditionalOnly(c)) {
                    traditional++;
                } else if (chars.isSimplifiedOnly(c)) {
                    simplified++;
                }
            }
        }
        if (letters == 0 || han * 2 < letters) {
            return fallback;
        }
        if (traditional == simplified) {
            return fallback != null && fallback.startsWith("zh") ? fallback : "zh";
        }
        return traditional > simplified ? "zh-Hant" : "zh-Hans";
    }
}
