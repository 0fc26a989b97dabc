package app.galley.clean;

import app.galley.text.Change;

import app.galley.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation of the right width for its context: half-width {@code , : ; ? ! ( )} next to Chinese
 * become full-width ({@code ，：；？！（）}); full-width ones between Latin letters or digits in text
 * that is not Chinese become half-width (followed by a space where a letter follows). Numbers
 * ({@code 1,000}, {@code 3.3}), times ({@code 14:20}), ratios and web addresses are left alone.
 */
final class PunctuationWidthRule implements TextRule {

    static final String ID = "punctuation-width";

    static final RuleInfo INFO = new RuleInfo(ID, true, List.of(), List.of(
            new RuleInfo.Example("zh-Hant", "他說,經費何時到位?", "他說，經費何時到位？"),
            new RuleInfo.Example("en", "Turnout was 1,000 at 14:20.", "Turnout was 1,000 at 14:20.")));

    private static final Map<Character, Character> TO_FULL = Map.of(',', '，', ':', '：', ';', '；', '?', '？',
            '!', '！', '(', '（', ')', '）');
    private static final Map<Character, Character> TO_HALF = Map.of('，', ',', '：', ':', '；', ';', '？', '?',
            '！', '!', '（', '(', '）', ')');
    /** Web addresses, e-mail addresses and file names: their punctuation is never touched. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(https?://|ftp://|www\\.)[\\x21-\\x7E]*[\\w/#=&%-]|[\\w.+-]+@[\\w-]+\\.[A-Za-z][\\w.]*[A-Za-z]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        boolean[] protectedChar = new boolean[text.length()];
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                protectedChar[i] = true;
            }
        }
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (protectedChar[i]) {
                continue;
            }
            Character full = TO_FULL.get(c);
            if (full != null && toFull(text, i, c, input)) {
                // the spaces a half-width mark kept around it are not wanted beside a full-width one
                int end = i + 1;
                while (end < text.length() && text.charAt(end) == ' ' && c != '(') {
                    end++;
                }
                int start = i;
                while (start > 0 && text.charAt(start - 1) == ' ' && c != ')' && Chars.before(text, start) >= 0
                        && Scripts.isCjkSet(Chars.before(text, start))) {
                    start--;
                }
                out.add(new Change(start, end, String.valueOf(full), ID, "half-width “" + c + "” in Chinese text"));
                i = end - 1;
                continue;
            }
            Character half = TO_HALF.get(c);
            if (half != null && !input.isChinese() && toHalf(text, i)) {
                int next = i + 1 < text.length() ? text.codePointAt(i + 1) : -1;
                boolean space = c != '（' && c != '）' && next > 0 && Character.isLetterOrDigit(next);
                out.add(new Change(i, i + 1, half + (space ? " " : ""), ID, "full-width “" + c + "” in Latin text"));
            }
        }
        return out;
    }

    private static boolean toFull(String text, int i, char c, CleanInput input) {
        if (c == '(' || c == ')') {
            return parenthesesToFull(text, i, input);
        }
        int before = Chars.before(text, i);
        int after = Chars.after(text, i);
        if ((c == ',' || c == ':') && before >= 0 && Character.isDigit(before) && after >= 0 && Character.isDigit(after)) {
            return false; // 1,000 · 14:20 · 3:1
        }
        // Chinese before the mark decides; in a Chinese article, Chinese after it too (「華為mate,第一」)
        return before >= 0 && Scripts.isCjkSet(before) || after >= 0 && Scripts.isCjkSet(after) && input.isChinese();
    }

    /**
     * Parentheses change as a pair: full-width when Chinese stands just outside them, or inside them
     * in a Chinese article. An unpaired one follows its neighbours.
     */
    private static boolean parenthesesToFull(String text, int i, CleanInput input) {
        int open = i;
        int close = i;
        if (text.charAt(i) == '(') {
            close = partner(text, i, 1);
        } else {
            open = partner(text, i, -1);
        }
        int outsideBefore = open >= 0 ? Chars.before(text, open) : Chars.before(text, i);
        int outsideAfter = close >= 0 ? Chars.after(text, close) : Chars.after(text, i);
        if (outsideBefore >= 0 && Scripts.isCjkSet(outsideBefore) || outsideAfter >= 0 && Scripts.isCjkSet(outsideAfter)) {
            return true;
        }
        if (open >= 0 && close >= 0 && input.isChinese()) {
            return text.substring(open + 1, close).codePoints().anyMatch(Scripts::isHan);
        }
        return false;
    }

    /** The matching parenthesis on the same line, searching in {@code step} direction, or -1. */
    private static int partner(String text, int i, int step) {
        int depth = 0;
        for (int k = i; k >= 0 && k < text.length() && text.charAt(k) != '\n'; k += step) {
            char c = text.charAt(k);
            if (c == '(' || c == '（') {
                depth += step;
            } else if (c == ')' || c == '）') {
                depth -= step;
            }
            if (depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean toHalf(String text, int i) {
        int before = Chars.before(text, i);
        int after = Chars.after(text, i);
        boolean latinBefore = before >= 0 && !Scripts.isCjkSet(before);
        boolean latinAfter = after < 0 || !Scripts.isCjkSet(after);
        return latinBefore && latinAfter;
    }
}
