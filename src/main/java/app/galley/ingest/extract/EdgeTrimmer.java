package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what clings to the edges of an article once its container is chosen: kicker labels, dates
 * and bylines before the first real paragraph; teaser lists, "comments" and sign-up lines after the
 * last one. Short lines between real paragraphs are kept: there they are part of the story.
 */
final class EdgeTrimmer {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(advert|advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|"
                    + "(read|see) (more|also)\\b.*|related( articles| stories| coverage)?:?.*|click here\\b.*|"
                    + "sign up\\b.*|subscribe\\b.*|follow us\\b.*|all rights reserved.*|©.*|copyright\\b.*|"
                    + "this (slideshow|video|content) requires javascript.*|comments?|caption|close|"
                    + "image \\d+ of \\d+|photo: .*|(ap|reuters|getty|afp)( photo| images)?.*|"
                    + "喜歡這篇文章.*|喜欢这篇文章.*|立刻分享.*|延伸閱讀.*|延伸阅读.*|相關新聞.*|相关新闻.*|"
                    + "廣告|广告|版權所有.*|版权所有.*|分享到.*|(點擊|点击).*(瀏覽|浏览|閱讀|阅读).*|"
                    + "(請您)?繼續閱讀.*|(请您)?继续阅读.*|更多.*(文章|新聞|新闻).*)$");

    /** Headings that open what follows an article: more stories, not more of this one. */
    private static final Pattern TAIL_HEADING = Pattern.compile(
            "(?i)^(more (in|from|on|about|stories|news|coverage)\\b.*|related\\b.*|read (more|next)\\b.*|"
                    + "recent (articles|stories|posts|news)\\b.*|"
                    + "recommended\\b.*|(most )?popular\\b.*|latest (news|stories)\\b.*|trending\\b.*|"
                    + "you (may|might) also like.*|what to read next.*)$");

    /**
     * Chinese tail headings, matched on the text with spaces removed: a prefix (related, recommended,
     * popular, latest, more, further) followed by a noun for articles, links or comments. A prefix with
     * any few characters also matched labels inside articles (最新數據, 相關部門).
     */
    private static final Pattern CHINESE_TAIL_HEADING = Pattern.compile(
            "^[【\\[〔(（]?(相關|相关|推薦|推荐|熱門|热门|最新|更多|延伸|精彩|猜你喜歡|猜你喜欢)"
                    + "(閱讀|阅读|文章|新聞|新闻|鏈接|链接|連結|內容|内容|專題|专题|評論|评论|留言|報導|报道|資訊|资讯|"
                    + "推薦|推荐|視頻|视频|圖片|图片|帖子|話題|话题|博文|日誌|日志)[^。！？.!?]{0,6}$");

    /**
     * Legal and reprint notices, which end an article wherever they stand after it: copyright,
     * disclaimer, infringement and reprint headings or paragraphs (版權聲明, 免责声明, 郑重声明,
     * 轉載說明, 反侵权公告 ...), and their English equivalents. Matched on the text with spaces removed.
     */
    private static final Pattern LEGAL_NOTICE = Pattern.compile(
            "(?i)^[【\\[〔(（]?反?(版權|版权|免責|免责|鄭重|郑重|轉載|转载|侵權|侵权|著作權|著作权)\\S{0,4}"
                    + "(聲明|声明|公告|說明|说明|須知|须知)[】\\]〕)）]?([:：].*)?$"
                    + "|^(copyrightnotice|copyrightstatement|disclaimer|reprintpolicy|reprintpermissions?|legalnotice)[:.]?$");

    private EdgeTrimmer() {
    }

    /** The text without white space (ideographic spaces included). */
    private static String compact(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True if a block starts the way a {@link #LEGAL_NOTICE} does. */
    private static boolean mayBeLegalNotice(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                return "【[〔(（反版免鄭郑轉转侵著".indexOf(c) >= 0 || "cdrlCDRL".indexOf(c) >= 0;
            }
        }
        return false;
    }

    static List<Block> trim(List<Block> blocks, String title) {
        String normalTitle = title == null ? "" : TextStats.normalise(title);
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            String t = b.text();
            boolean isTitle = t.equals(normalTitle) || b.type() == BlockType.SUBHEAD && normalTitle.contains(t)
                    || isHeadlineOf(t, normalTitle);
            if (isTitle && kept.stream().noneMatch(EdgeTrimmer::isSubstantial)) {
                continue;
            }
            if (TextStats.weight(t) < 150 && BOILERPLATE.matcher(t).matches()) {
                continue;
            }
            kept.add(b);
        }
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            boolean heading = b.type() == BlockType.SUBHEAD || TextStats.weight(b.text()) < 60;
            boolean ends = false;
            if (heading || mayBeLegalNotice(b.text())) { // most blocks are neither: no copy made of them
                String compact = compact(b.text());
                ends = heading && (TAIL_HEADING.matcher(b.text()).matches() || CHINESE_TAIL_HEADING.matcher(compact).matches())
                        || LEGAL_NOTICE.matcher(compact).matches();
            }
            if (ends && kept.subList(0, i).stream().anyMatch(EdgeTrimmer::isSubstantial)) {
                kept = new ArrayList<>(kept.subList(0, i));
                break;
            }
        }
        int first = 0;
        while (first < kept.size() && !isSubstantial(kept.get(first)) && !isSentence(kept.get(first))) {
            first++;
        }
        int last = kept.size() - 1;
        while (last >= first && !isSubstantial(kept.get(last)) && !isSentence(kept.get(last))) {
            last--;
        }
        if (first > last) {
            return kept; // nothing substantial: keep what there is rather than nothing
        }
        return new ArrayList<>(kept.subList(first, last + 1));
    }

    /** The page title's headline: the title is this text, a separator and a short site name. */
    private static boolean isHeadlineOf(String text, String title) {
        return text.length() >= 4 && title.startsWith(text)
                && SITE_SUFFIX.matcher(title.substring(text.length())).matches();
    }

    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*(-{1,2}|[–—|_·:：»])\\s*\\S.{0,30}");

    /** A real paragraph: long prose, not a label or a teaser. */
    static boolean isSubstantial(Block b) {
        if (b.type() == BlockType.SUBHEAD || b.type() == BlockType.CAPTION) {
            return false;
        }
        int w = TextStats.weight(b.text());
        return w >= 200 || w >= 80 && TextStats.endsLikeSentence(b.text()) && b.type() != BlockType.LIST;
    }

    /**
     * A complete sentence of some length, which may close or open an article; or a line of Chinese prose
     * (a hard-wrapped paragraph's first line, say), which has commas or full stops inside, where labels,
     * kickers and datelines have none.
     */
    private static boolean isSentence(Block b) {
        String t = b.text();
        return b.type() == BlockType.PARAGRAPH && TextStats.weight(t) >= 40
                && (TextStats.endsLikeSentence(t) || CJK_PROSE.matcher(t).find());
    }

    private static final Pattern CJK_PROSE = Pattern.compile("\\p{IsHan}[，。；][^，。；]*\\p{IsHan}");
}
