package app.galley.clean;

import app.galley.text.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Site boilerplate lines: breadcrumbs and "you are here" labels, share prompts, read-more and
 * related links, promotion, copyright and disclaimers, editor credits, tag lines, subscription
 * prompts and page furniture, in Traditional and Simplified Chinese and English.
 *
 * <p>Each line gets a score from what it says (keyword families, each with a weight) and how it
 * looks (short, no sentence ending, a trailing colon or bar, separators, quotations, sentences).
 * Runs of boilerplate at the top and bottom of the text are removed from a lower score than single
 * lines in the middle, where only unmistakable furniture ("Advertisement", "延伸閱讀") goes. A
 * short line holding only the headline again is removed at the top.
 */
final class BoilerplateRule implements TextRule {

    static final String ID = "boilerplate";

    static final RuleInfo INFO = new RuleInfo(ID, false, List.of(), List.of(
            new RuleInfo.Example("zh-Hant", "首頁 > 新聞 > 科技\n腦科學研究將成為上海科研領域的下一個發力點。\n延伸閱讀",
                    "腦科學研究將成為上海科研領域的下一個發力點。")));

    /** A family of boilerplate wording. */
    private record Family(String reason, double weight, Pattern pattern) {
        static Family of(String reason, double weight, String regex) {
            // lines are lower-cased before matching: case-insensitive matching is several times slower
            return new Family(reason, weight, Pattern.compile(regex));
        }
    }

    private static final String READ_MORE = "read-more links";

    private static final List<Family> FAMILIES = List.of(
            Family.of("“you are here” label", 3, "^\\s*(當前位置|当前位置|目前位置|您的位置|你的位置|現在位置|现在位置|所在位置"
                    + "|you are here|current location)\\s*[:：]?"),
            Family.of("breadcrumb navigation", 3, "^(?:[^>›»＞→。！？!?]{1,40}+[>›»＞→]){2,}+[^>›»＞→。！？!?]{1,60}+$"),
            Family.of("share prompt", 2.5, "(分享|轉發|转发|轉貼|转帖|按讚|按赞|點讚|点赞|朋友圈|收藏本文|喜歡這篇|喜欢这篇"
                    + "|share (this|on)|tweet this|share on facebook|email this|share this article)"),
            Family.of(READ_MORE, 3, "(延伸閱讀|延伸阅读|相關新聞|相关新闻|相關閱讀|相关阅读|相關文章|相关文章|猜你喜歡|猜你喜欢"
                    + "|推薦閱讀|推荐阅读|繼續閱讀|继续阅读|更多精彩|更多來自|更多来自|熱門推薦|热门推荐|看更多|閱讀全文|阅读全文"
                    + "|^read more|^related( stories| articles| coverage)?\\s*[:：]?$|you may also like|recommended for you"
                    + "|^more (stories|from)|continue reading)"),
            Family.of("site promotion", 2.5, "(本站|小編|小编|本網|本网|本平台|下載app|下载app|掃碼|扫码|二維碼|二维码|搶先收到"
                    + "|抢先收到|關注我們|关注我们|公眾號|公众号|點擊.{0,6}(瀏覽|浏览|關注|关注|訂閱|订阅)|点击.{0,6}(浏览|关注|订阅)"
                    + "|download (our|the) app|follow us on)"),
            Family.of("copyright or disclaimer", 3, "(版權聲明|版权声明|版權所有|版权所有|免責聲明|免责声明|如有侵權|如有侵权"
                    + "|轉載請|转载请|未經授權|未经授权|不代表本站|僅代表作者|仅代表作者|©|\\(c\\)\\s*\\d{4}|copyright\\s|all rights reserved"
                    + "|reproduction without permission)"),
            Family.of("editor credit", 3, "^\\s*[(（\\[【]?\\s*(責任編輯|责任编辑|責編|责编|編輯|编辑|校對|校对|審核|审核|來源編輯"
                    + "|editor|edited by|editing by)\\s*[:：]"),
            Family.of("source or time stamp line", 3, "^\\s*(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*(\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*)?"
                    + "(本文來源|本文来源|文章來源|文章来源|來源|来源|稿源|出處|出处|source)\\s*[:：]\\s*\\S{1,30}\\s*$"
                    + "|^\\s*\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*\\d{1,2}:\\d{2}(:\\d{2})?\\s*$"),
            Family.of("tag line", 3, "^\\s*(tag|tags|標籤|标签|關鍵字|关键字|關鍵詞|关键词)\\s*[:：]"),
            Family.of("subscription prompt", 2.5, "(訂閱|订阅|電子報|电子报|sign up for|subscribe (to|now)|newsletter"
                    + "|get the latest|unlock (this|unlimited))"),
            Family.of("page furniture", 3, "(【\\s*(纠错|糾錯|打印|列印|关闭|關閉|收藏|评论|評論)\\s*】|字[号號]\\s*[:：]?\\s*[大中小]"
                    + "|^\\s*(advertisement|advertising|sponsored|story continues below|article continues below"
                    + "|scroll to continue|廣告|广告|print|back to top|返回頂部|返回顶部|上一篇|下一篇|打印本頁|打印本页)\\s*$"
                    + "|^\\s*(上一篇|下一篇|previous article|next article)\\s*[:：])"));

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|\\.(\\s|$)");
    private static final Pattern QUOTE = Pattern.compile("[「」『』“”\"]");

    /** From this score a line at the top or bottom edge is boilerplate; in the middle, from MIDDLE. */
    static final double EDGE = 3;
    /** Lines longer than this lose 2 points: in the middle of the text they are never boilerplate. */
    static final int LONG_LINE = 120;
    /** Lines longer than this are never boilerplate. */
    static final int LONGEST = 240;
    static final double MIDDLE = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        List<Lines.Line> lines = Lines.of(text);
        int n = lines.size();
        boolean[] remove = new boolean[n];
        String[] reasons = new String[n];
        // lines are scored lazily: long lines in the middle cannot reach MIDDLE, so most prose is never matched
        Scored[] scores = new Scored[n];
        java.util.function.IntToDoubleFunction score = i -> {
            if (scores[i] == null) {
                scores[i] = score(lines.get(i).text(), input.title());
                reasons[i] = scores[i].reason();
            }
            return scores[i].score();
        };
        // the top edge: a run of boilerplate (a repeat of the headline counts there)
        for (int i = 0; i < n && (score.applyAsDouble(i) >= EDGE || isHeadline(lines.get(i).text(), input.title())); i++) {
            remove[i] = true;
            if (reasons[i] == null) {
                reasons[i] = "repeats the headline";
            }
        }
        // the bottom edge: a run of boilerplate; once it has begun, a weaker line joins it
        for (int i = n - 1; i >= 0 && !remove[i]; i--) {
            boolean inRun = i < n - 1 && remove[i + 1];
            double sc = score.applyAsDouble(i);
            if (sc >= EDGE || inRun && sc >= EDGE - 1) {
                remove[i] = true;
            } else {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!remove[i] && lines.get(i).text().length() <= LONG_LINE && score.applyAsDouble(i) >= MIDDLE) {
                remove[i] = true;
            }
        }
        // the headlines listed under a removed "read more" header go with it
        for (int i = 0; i + 1 < n; i++) {
            if (remove[i] && READ_MORE.equals(reasons[i])) {
                for (int j = i + 1; j < n && !remove[j] && isListedHeadline(text, lines.get(j - 1), lines.get(j)); j++) {
                    remove[j] = true;
                    reasons[j] = READ_MORE;
                }
            }
        }
        return Lines.removals(text, lines, remove, ID, reasons);
    }

    /** A line right under the previous one (no blank line between) that reads as a headline, not prose. */
    private static boolean isListedHeadline(String text, Lines.Line previous, Lines.Line line) {
        if (text.substring(previous.end(), line.start()).chars().filter(c -> c == '\n').count() != 1) {
            return false;
        }
        String t = line.text().strip();
        return t.codePointCount(0, t.length()) <= 80 && !SENTENCE_END.matcher(t).find();
    }

    private record Scored(double score, String reason) {
    }

    private static Scored score(String line, String title) {
        if (line.length() > LONGEST) {
            return new Scored(0, null); // prose: no bonus could lift it to a boilerplate score
        }
        String t = line.replace('\u3000', ' ').replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        double best = 0;
        String reason = null;
        int families = 0;
        int hits = 0;
        for (Family f : FAMILIES) {
            java.util.regex.Matcher m = f.pattern().matcher(t);
            if (m.find()) {
                families++;
                do {
                    hits++;
                } while (m.find());
                if (f.weight() > best) {
                    best = f.weight();
                    reason = f.reason();
                }
            }
        }
        if (reason == null) {
            return new Scored(0, null);
        }
        double score = best + (families >= 2 || hits >= 3 ? 1 : 0); // furniture upon furniture
        int length = t.codePointCount(0, t.length());
        if (length <= 40) {
            score += 1;
        } else if (length > LONG_LINE) {
            score -= 2;
        }
        if (t.endsWith(":") || t.endsWith("：") || t.endsWith("|") || t.endsWith("｜")) {
            score += 1;
        }
        long sentences = SENTENCE_END.matcher(t).results().count();
        if (sentences >= 3) {
            score -= 2; // running prose that happens to mention a keyword
        }
        if (QUOTE.matcher(t).find() && sentences >= 2) {
            score -= 1;
        }
        return new Scored(score, reason);
    }

    private static boolean isHeadline(String line, String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String a = line.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        String b = title.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return !a.isEmpty() && a.equals(b);
    }
}
