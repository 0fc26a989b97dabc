package app.galley.clean;

import app.galley.text.Change;

import app.galley.text.Scripts;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Repairs the mistakes of Simplified→Traditional converters that map one character to one
 * ({@code 整合併且} for {@code 整合並且}, {@code 公裡} for {@code 公里}, {@code 帶頭髮展} for
 * {@code 帶頭發展}, {@code 乾擾} for {@code 干擾}).
 *
 * <p>The text is projected back to Simplified character by character. Where a Traditional character
 * stands for a Simplified one that has several Traditional forms, OpenCC's phrase dictionary says
 * which form a word containing it takes; a word whose Traditional form differs from the text's at
 * such a place is a suspect. A suspect becomes a change only if the word is a word of the sentence:
 * its ends are word boundaries in the Simplified projection as Lucene's smartcn segmenter (an HMM
 * with word frequencies) cuts it, so {@code 合併且裁員} (合并/且/裁员) keeps its {@code 併}. Regional
 * variants ({@code 裏}/{@code 裡}) are never changed into each other.
 */
final class ConversionRepairRule implements TextRule {

    static final String ID = "conversion-repair";

    static final RuleInfo INFO = new RuleInfo(ID, true, List.of(), List.of(
            new RuleInfo.Example("zh-Hant", "中心將整合併且加強研究。", "中心將整合並且加強研究。")));

    private final OpenCcData data = OpenCcData.get();
    private static final ThreadLocal<HMMChineseTokenizer> SEGMENTER = ThreadLocal.withInitial(HMMChineseTokenizer::new);

    @Override
    public String id() {
        return ID;
    }

    private record Suspect(int start, int end, int at, char replacement, String word) {
    }

    @Override
    public List<Change> apply(CleanInput input) {
        if (!input.isTraditional()) {
            return List.of();
        }
        String text = input.text();
        List<Change> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Scripts.isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Scripts.isHan(text.charAt(j))) {
                j++;
            }
            repairRun(text, i, j, out);
            i = j;
        }
        return out;
    }

    private void repairRun(String text, int from, int to, List<Change> out) {
        char[] simplified = new char[to - from];
        for (int k = from; k < to; k++) {
            simplified[k - from] = data.chars.simplified(text.charAt(k));
        }
        String s = new String(simplified);
        Map<Integer, Suspect> suspects = new LinkedHashMap<>();
        int longest = data.longestPhrase;
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(from + k) == s.charAt(k) || data.traditionalForms(s.charAt(k)).size() < 2) {
                continue; // the Simplified form itself is never repaired (see isWrongForm)
            }
            for (int start = Math.max(0, k - longest + 1); start <= k; start++) {
                for (int end = Math.max(k + 1, start + 2); end <= Math.min(s.length(), start + longest); end++) {
                    String word = s.substring(start, end);
                    String traditional = data.phrases.get(word);
                    if (traditional == null) {
                        continue;
                    }
                    char want = traditional.charAt(k - start);
                    char have = text.charAt(from + k);
                    if (want != have && isWrongForm(s.charAt(k), have, want) && !suspects.containsKey(k)) {
                        suspects.put(k, new Suspect(start, end, k, want, traditional));
                    }
                }
            }
        }
        if (suspects.isEmpty()) {
            return;
        }
        Set<Integer> boundaries = boundaries(s);
        for (Suspect x : suspects.values()) {
            if (boundaries.contains(x.start()) && boundaries.contains(x.end())) {
                char have = text.charAt(from + x.at());
                out.add(new Change(from + x.at(), from + x.at() + 1, String.valueOf(x.replacement()), ID,
                        "“" + have + "” for “" + x.replacement() + "” in " + x.word()
                                + ": a mistake of one-to-one Simplified→Traditional conversion"));
            }
        }
    }

    /**
     * The common form that Taiwan's and Hong Kong's own writing accepts where OpenCC's phrases choose
     * the rarer one, by the form the phrases want: {@code 盡量}, {@code 盡快} beside {@code 儘量}
     * (but {@code 儘頭} for {@code 盡頭} is still a mistake), {@code 匯整} beside {@code 彙整}, Hong Kong's
     * {@code 吸煙} beside Taiwan's {@code 吸菸}. A one-to-one converter's choice here is no mistake.
     */
    private static final Map<Character, Character> ACCEPTED_FOR = Map.of('儘', '盡', '彙', '匯', '菸', '煙');

    /**
     * Both are Traditional forms of the same Simplified character, and not mere regional variants;
     * nor is the text's form one accepted in place of the phrase's ({@link #ACCEPTED_FOR});
     * and the text's form is not the Simplified character itself, which Taiwan and Hong Kong keep in
     * many words where OpenCC's phrases prefer a rarer form ({@code 核定}, not {@code 覈定};
     * {@code 回應}, not {@code 迴應}).
     */
    private boolean isWrongForm(char simplified, char have, char want) {
        if (have == simplified || ACCEPTED_FOR.getOrDefault(want, ' ') == have) {
            return false;
        }
        Set<Character> forms = data.traditionalForms(simplified);
        return forms.contains(have) && forms.contains(want) && !data.areVariants(have, want);
    }

    /** Where smartcn's words of a Simplified text start and end. */
    private static Set<Integer> boundaries(String simplified) {
        Set<Integer> out = new HashSet<>();
        out.add(0);
        out.add(simplified.length());
        HMMChineseTokenizer tokenizer = SEGMENTER.get();
        try {
            tokenizer.setReader(new StringReader(simplified));
            OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(offsets.startOffset());
                out.add(offsets.endOffset());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // reading a string cannot fail
            }
        }
        return out;
    }
}
