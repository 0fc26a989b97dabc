package app.galley.bench;

import app.galley.text.ChineseScripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Made-up articles shaped like the sample: paragraphs of clauses and sentences with their
 * punctuation, a quotation attributed to a named speaker in each paragraph, Chinese in Traditional
 * or Simplified. Words are drawn Zipf-wise from a vocabulary whose head is real newsroom words and
 * whose tail is made up (Chinese from the sample's own characters), so common words occur in most
 * articles and rare ones in few, as in real copy.
 */
final class NewsCopy {

    record Article(String title, String body) {
    }

    private static final String[] ZH_HEAD = ("的 在 是 和 了 將 表示 上海 北京 科學 研究中心 人工智慧 晶元 投資 產業 政府 企業 技術 發展 市長 預算"
            + " 學校 醫院 記者 今年 去年 計畫 合作 國家 創新 市場 經濟 億元 百分之 研發 實驗室 大學 團隊 公司 項目 城市").split(" ");
    private static final String[] ZH_SPEAKERS = {"副院長張旭", "李明", "市長王芳", "創始人陳天石", "首席試飛員孫衛東", "林佳穎", "教授周小平", "黃志明"};
    private static final String[] EN_SPEAKERS = {"Mayor Alicia Moreno", "Rita Gomez", "Dr. Lee Chang", "Council Member Tom Hayes",
        "Priya Natarajan", "Superintendent Mark Ellis"};
    private static final String[] ZH_VOCABULARY = zhVocabulary(20_000);
    private static final double[] ZIPF = GeneratedText.zipf(ZH_VOCABULARY.length);

    private NewsCopy() {
    }

    /** An article of about the sample's length (2,600 characters or 450 words), three paragraphs. */
    static Article article(Random r, boolean chinese, boolean simplified) {
        String title = chinese ? clause(r, true, 6) : GeneratedText.capital(clause(r, false, 9));
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            body.append(chinese ? zhParagraph(r) : enParagraph(r));
        }
        if (chinese && simplified) {
            return new Article(simplify(title), simplify(body.toString()));
        }
        return new Article(title, body.toString());
    }

    private static String zhParagraph(Random r) {
        StringBuilder sb = new StringBuilder();
        int quoteAt = r.nextInt(4);
        for (int s = 0; sb.length() < 820; s++) {
            if (s == quoteAt) {
                sb.append(ZH_SPEAKERS[r.nextInt(ZH_SPEAKERS.length)]).append("表示：「").append(clause(r, true, 8))
                        .append("，").append(clause(r, true, 6)).append("。」");
                continue;
            }
            for (int c = 1 + r.nextInt(3); c > 0; c--) {
                sb.append(clause(r, true, 5 + r.nextInt(6))).append(c > 1 ? "，" : "。");
            }
        }
        return sb.toString();
    }

    private static String enParagraph(Random r) {
        StringBuilder sb = new StringBuilder();
        int quoteAt = r.nextInt(4);
        for (int s = 0; sb.length() < 900; s++) {
            sb.append(s == 0 ? "" : " ");
            if (s == quoteAt) {
                sb.append('"').append(GeneratedText.capital(clause(r, false, 10))).append(",\" ")
                        .append(EN_SPEAKERS[r.nextInt(EN_SPEAKERS.length)]).append(" said.");
            } else {
                sb.append(GeneratedText.capital(clause(r, false, 8 + r.nextInt(14)))).append('.');
            }
        }
        return sb.toString();
    }

    /** Words: Chinese from this vocabulary, English from {@link GeneratedText}'s. */
    private static String clause(Random r, boolean chinese, int words) {
        if (!chinese) {
            return GeneratedText.words(r, false, words);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words; k++) {
            int rank = java.util.Arrays.binarySearch(ZIPF, r.nextDouble());
            sb.append(ZH_VOCABULARY[Math.min(ZIPF.length - 1, rank < 0 ? -rank - 1 : rank)]);
        }
        return sb.toString();
    }

    private static String simplify(String s) {
        ChineseScripts t = ChineseScripts.get();
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = t.simplified(c[i]);
        }
        return new String(c);
    }

    /** The head words, then words of one to three of the sample's characters. */
    private static String[] zhVocabulary(int size) {
        String chars;
        try {
            chars = Files.readString(Path.of("assets/samples/content-farm-zh-hant.txt")).codePoints()
                    .filter(c -> c >= 0x4e00 && c <= 0x9fff).distinct()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmark from the project folder", e);
        }
        LinkedHashSet<String> words = new LinkedHashSet<>(List.of(ZH_HEAD));
        Random random = new Random(4001);
        while (words.size() < size) {
            int n = switch (random.nextInt(10)) {
                case 0 -> 1;
                case 1, 2 -> 3;
                default -> 2;
            };
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < n; k++) {
                w.append(chars.charAt(random.nextInt(chars.length())));
            }
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }
}
