package app.galley.ingest.extract;

import app.galley.clean.SourceHints;
import app.galley.clean.VisibleMetadata;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The byline written on a page, looked for where pages write it: an author the page labels as such
 * ({@code 作者：}, a blog's {@code 由 X 张贴}) in the article's first and last lines or just after it, then
 * any byline form in those lines, then a line of names alone between the headline and the text, then the
 * text just above the article (the post's header; the nearest first), then its sign-off ({@code （袁源）}),
 * and only then anywhere on the page, where a "記者" in a sidebar headline would otherwise win.
 */
final class VisibleBylines {

    private static final int ABOVE = 400;
    private static final int EDGE = 300;
    /** How far after the article a post's footer ({@code 作者:x 阅读(1660) 发表于:...}) may stand. */
    private static final int AFTER = 150;

    /** One to three names of two or three Han characters (or a pen name with ·), and nothing else. */
    private static final Pattern NAMES_LINE = Pattern.compile(
            "[\\p{IsHan}·]{2,3}(?:[\\s、，,]+[\\p{IsHan}·]{2,3}){0,2}");
    /** Short lines that open an article and are labels, not names. */
    private static final Set<String> NOT_NAMES = Set.of("摘要", "前言", "導語", "导语", "引言", "編者按", "编者按",
            "正文", "附件", "附圖", "附图", "圖片", "图片", "視頻", "视频", "廣告", "广告", "目錄", "目录", "簡介", "简介",
            "序言", "後記", "后记", "註釋", "注释", "全文", "首頁", "首页", "返回", "打印", "關閉", "关闭", "評論", "评论",
            "分享", "轉發", "转发", "收藏", "推薦", "推荐", "相關", "相关", "更多", "熱門", "热门", "新聞", "新闻", "資訊",
            "资讯", "本報訊", "本报讯", "快訊", "快讯", "社論", "社论", "觀點", "观点", "專欄", "专栏", "專題", "专题",
            "特稿", "獨家", "独家", "專訪", "专访", "評論員", "评论员", "提要", "要聞", "要闻", "短評", "短评", "時評", "时评");

    private VisibleBylines() {
    }

    /**
     * The byline near the article; {@code lead} is the article's opening blocks as written, before the
     * headline and other short lines were trimmed from them.
     */
    static String near(String pageText, List<Block> blocks, List<Block> lead) {
        if (!blocks.isEmpty()) {
            String text = String.join("\n", blocks.stream().map(Block::text).toList());
            // the lead is found where it stands last: a teaser or summary repeating it comes before it
            int start = position(pageText, blocks.get(0).text());
            String last = blocks.get(blocks.size() - 1).text();
            int end = end(pageText, blocks);
            String edges = text.substring(0, Math.min(EDGE, text.length())) + "\n"
                    + text.substring(Math.max(0, text.length() - EDGE));
            String after = end < 0 ? "" : pageText.substring(end, Math.min(pageText.length(), end + AFTER));
            String found = VisibleMetadata.author(edges + "\n" + after);
            if (found == null) {
                found = VisibleMetadata.byline(edges);
            }
            if (found == null) {
                found = namesLine(lead);
            }
            // above the article, the nearest first: a growing stretch of the text just before it
            for (int above : new int[] {40, 80, 120, ABOVE}) {
                if (found != null) {
                    return found;
                }
                String window = start < 0 ? "" : pageText.substring(Math.max(0, start - above), start);
                found = VisibleMetadata.byline(window);
            }
            if (found == null) {
                found = VisibleMetadata.signed(last);
            }
            if (found == null && end >= 0) { // signed on a line of its own after the article: （袁源）
                found = VisibleMetadata.signedAfter(pageText.substring(end, Math.min(pageText.length(), end + 40)));
            }
            if (found != null) {
                return found;
            }
        }
        return VisibleMetadata.byline(pageText);
    }

    /**
     * A source credited just above the article or just after it ({@code 来源：科技日报}; after it also a
     * repost note, {@code 本文轉載自 X}, {@code This article was originally published on X}), or null.
     */
    static String source(String pageText, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        int start = position(pageText, blocks.get(0).text());
        int end = end(pageText, blocks);
        String above = start < 0 ? "" : pageText.substring(Math.max(0, start - ABOVE), start);
        String after = end < 0 ? "" : pageText.substring(end, Math.min(pageText.length(), end + AFTER));
        String found = SourceHints.labelled(above);
        found = found != null ? found : SourceHints.labelled(after);
        return found != null ? found : SourceHints.creditAfter(after); // a note under it: 本文轉載自 X, originally published on X
    }

    /**
     * A line of names alone among the article's opening lines ({@code 胡平}, {@code 赵延东、风笑天} under the
     * headline), followed by the text; null if there is none.
     */
    static String namesLine(List<Block> lead) {
        for (int i = 0; i < lead.size(); i++) {
            String t = lead.get(i).text().strip();
            if (TextStats.weight(t) >= 60) {
                return null; // the text has begun
            }
            if (lead.get(i).type() == BlockType.PARAGRAPH && NAMES_LINE.matcher(t).matches()
                    && !NOT_NAMES.contains(t) && textFollows(lead, i + 1)) {
                return String.join(" ", t.split("[\\s、，,]+"));
            }
        }
        return null;
    }

    /** True if prose begins within the few blocks after {@code from} (a subtitle may stand between). */
    private static boolean textFollows(List<Block> lead, int from) {
        for (int i = from; i < Math.min(lead.size(), from + 3); i++) {
            if (TextStats.weight(lead.get(i).text()) >= 60) {
                return true;
            }
        }
        return false;
    }

    /** Where the article's last block ends in the page's text, or -1. */
    private static int end(String pageText, List<Block> blocks) {
        String last = blocks.get(blocks.size() - 1).text();
        int at = position(pageText, last);
        return at < 0 ? -1 : Math.min(pageText.length(), at + TextStats.normalise(last).length());
    }

    private static int position(String pageText, String block) {
        String probe = VisibleDates.probe(block);
        return probe == null ? -1 : pageText.lastIndexOf(probe);
    }
}
