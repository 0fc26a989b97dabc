package app.galley.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkable statements in Chinese and English text: amounts of money, percentages, quantities with
 * units, dates and durations, rankings, comparisons and superlatives. Each is a suggestion: the
 * fact-checker decides which to turn into an annotation. Where two overlap, the longer wins (then
 * the kind listed first).
 */
public final class ClaimFinder {

    private static final String NUM = "(?:[0-9０-９]+(?:[.,][0-9０-９]+)*|[零〇一二兩两三四五六七八九十百千]+)";
    /** A count worth checking: digits, or a Chinese numeral other than a lone 一 or 兩 ("一款" is "a"). */
    private static final String COUNT = "(?:[0-9０-９]+(?:[.,][0-9０-９]+)*|[零〇一二兩两三四五六七八九十百千]{2,}|[三四五六七八九十])";
    private static final String ZH_MAG = "(?:[十百千萬万億亿兆]+)";
    private static final String EN_NUM = "(?:\\d+(?:[.,]\\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|a dozen|dozens of|hundreds of|thousands of)";
    private static final String EN_MAG = "(?:\\s?(?:million|billion|trillion|thousand|m|bn|k)\\b)";
    private static final String MONTHS = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|April|May|June|July|Aug(?:ust|\\.)?|"
            + "Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String ZH_STOP = "(?=[的之，。、；！？：\\s位居並并而了成在是]|[^\\p{IsHan}]|$)";

    /** Kinds in order of precedence, each with its patterns. */
    private static final Map<String, List<Pattern>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("money", List.of(
                Pattern.compile(NUM + ZH_MAG + "?(?:美元|人民幣|人民币|港元|港幣|港币|新台幣|新台币|台幣|台币|歐元|欧元|日圓|日元|英鎊|英镑|元)"),
                Pattern.compile("(?:US|HK|NT|A|C|S)?[$€£¥]\\s?\\d+(?:[.,]\\d+)*" + EN_MAG + "?"),
                Pattern.compile("(?i)\\b\\d+(?:[.,]\\d+)*" + EN_MAG + "?\\s(?:dollars|yuan|euros|pounds|yen|renminbi)\\b")));
        KINDS.put("percent", List.of(
                Pattern.compile(NUM + "\\s?(?:%|％)"),
                Pattern.compile("百分之[零〇一二兩两三四五六七八九十百點点0-9.]+"),
                Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?\\s?(?:percent|per cent|percentage points?)\\b")));
        KINDS.put("date", List.of(
                Pattern.compile("[0-9０-９]{4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日號号])?)?"),
                Pattern.compile("(?:今年|去年|明年|前年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}[日號号]"),
                Pattern.compile("(?:今年|去年|明年|前年)(?:[0-9０-９一二三四五六七八九十]{1,2}月|[一二三四1-4]季度|上半年|下半年|底|初)?"),
                Pattern.compile("\\b" + MONTHS + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,\\s\\d{4})?\\b"),
                Pattern.compile("\\b(?:in|since|by|until|from|of)\\s(?:(?:early|late|mid-)\\s?)?(?:19|20)\\d{2}\\b"),
                Pattern.compile("\\b" + MONTHS + "\\s(?:19|20)\\d{2}\\b")));
        KINDS.put("duration", List.of(
                Pattern.compile("(?:不到|近|逾|超過|超过|將近|将近|長達|长达)?(?:[0-9０-９]{1,3}|[一兩两三四五六七八九十半百]+)多?"
                        + "(?:年|個月|个月|週|周|天|小時|小时|分鐘|分钟)(?:以來|以来|來|来|內|内)?(?![0-9０-９])"),
                Pattern.compile("(?i)\\b(?:less than|more than|nearly|almost|about|over|under)?\\s?" + EN_NUM
                        + "(?:-|\\s)(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\\b")));
        KINDS.put("quantity", List.of(
                Pattern.compile(COUNT + ZH_MAG + "?(?:平方米|平方公尺|平方公里|平方英尺|公里|千米|公尺|米|公斤|公噸|公吨|噸|吨|"
                        + "人次|人(?![\\p{IsHan}&&[^的之次]])|名|家|所|座|項|项|件|台|輛|辆|架|艘|倍|歲|岁|戶|户|篇|部|款)"),
                Pattern.compile("[0-9０-９]+(?:[.,][0-9０-９]+)*" + ZH_MAG),
                Pattern.compile("(?i)\\b" + EN_NUM + EN_MAG + "?(?:-|\\s)(?:miles?|kilometres?|kilometers?|km|feet|foot|ft|"
                        + "meters?|metres?|acres?|square (?:feet|miles|metres|meters)|people|residents|jobs|homes|units|"
                        + "students|workers|employees|patients|cases|deaths|tons|tonnes|pounds|kg|times|votes|riders|passengers)\\b"),
                Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?\\s(?:million|billion|trillion)\\b")));
        KINDS.put("ranking", List.of(
                Pattern.compile("第[一二三四五六七八九十百千0-9０-９]+(?:名|位|大|次|個|个|家)?"),
                Pattern.compile("(?i)\\btop(?:[- ](?:\\d+|ten|five|three))\\b|\\bNo\\.\\s?\\d+\\b|\\bnumber one\\b|"
                        + "\\b(?:second|third|fourth|fifth)[- ](?:largest|biggest|highest|most|best)\\b|\\branked \\w+\\b")));
        KINDS.put("comparison", List.of(
                Pattern.compile("(?:超越|超過|超过|高於|高于|低於|低于|多於|多于|少於|少于|僅次於|仅次于|落後於|落后于|大於|大于|小於|小于)"
                        + "(?:[\\p{IsHan}A-Za-z0-9&&[^的之]]{1,4}?" + ZH_STOP + ")?"),
                Pattern.compile("領先|领先"),
                Pattern.compile("比[\\p{IsHan}A-Za-z0-9]{1,8}?(?:高|低|多|少|大|小|快|慢|強|强|弱|好|差|貴|贵|便宜)"),
                Pattern.compile("(?i)\\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|faster|slower|cheaper|better|worse|"
                        + "greater|older|younger) than\\b|\\b(?:surpass(?:ed|es)?|overt(?:ook|ake|akes)|outpac(?:ed|es|e)|"
                        + "exceed(?:ed|s)?|compared (?:with|to)|ahead of)\\b")));
        KINDS.put("superlative", List.of(
                Pattern.compile("(?:首家|首個|首个|首次|首款|首位|首批|首座|唯一)"),
                Pattern.compile("最[\\p{IsHan}&&[^的之]]{1,2}?" + ZH_STOP),
                Pattern.compile("(?i)\\b(?:first|largest|biggest|highest|lowest|least|best|worst|fastest|slowest|oldest|"
                        + "youngest|longest|shortest|tallest|smallest|newest|cheapest|richest|poorest|busiest|deadliest|"
                        + "only|record)\\b|\\bthe most \\w+")));
    }

    /** Words the patterns match that are not claims ("第一財經" is a newspaper, "最近" means recently). */
    private static final Set<String> NOT_CLAIMS = Set.of("第一財經", "第一财经", "第一時間", "第一时间", "最近", "最後", "最后",
            "最終", "最终", "最初", "最好", "第一線", "第一线");

    private ClaimFinder() {
    }

    public static List<Claim> find(String text) {
        List<Claim> found = new ArrayList<>();
        int rank = 0;
        Map<Claim, Integer> order = new LinkedHashMap<>();
        for (Map.Entry<String, List<Pattern>> kind : KINDS.entrySet()) {
            for (Pattern p : kind.getValue()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    if (e - s < 2 || notClaim(text, s, e) || inNavigation(text, s)) {
                        continue;
                    }
                    Claim c = new Claim(s, e, text.substring(s, e), kind.getKey());
                    found.add(c);
                    order.put(c, rank);
                }
            }
            rank++;
        }
        found.sort(Comparator.comparingInt((Claim c) -> c.start() - c.end()).thenComparing(order::get)
                .thenComparingInt(Claim::start));
        List<Claim> kept = new ArrayList<>();
        for (Claim c : found) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Claim::start));
        return List.copyOf(kept);
    }

    /** A breadcrumb or menu line is the site's, not the article's: nothing in it is a claim to check. */
    private static boolean inNavigation(String text, int at) {
        int from = text.lastIndexOf('\n', at - 1) + 1;
        int to = text.indexOf('\n', at);
        return app.galley.clean.NavigationLines.isNavigation(text.substring(from, to < 0 ? text.length() : to));
    }

    private static boolean notClaim(String text, int s, int e) {
        for (String w : NOT_CLAIMS) {
            if (text.startsWith(w, s) || (e - s <= w.length() && w.startsWith(text.substring(s, e)) && text.startsWith(w, s))) {
                return true;
            }
        }
        return false;
    }
}
