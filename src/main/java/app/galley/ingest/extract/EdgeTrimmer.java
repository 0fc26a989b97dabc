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
                    + "you (may|might) also like.*|what to read next.*|"
                    + "(相關|相关|延伸|推薦|推荐|熱門|热门|最新|更多).{0,8})$");

    private EdgeTrimmer() {
    }

    static List<Block> trim(List<Block> blocks, String title) {
        String normalTitle = title == null ? "" : TextStats.normalise(title);
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            String t = b.text();
            boolean isTitle = t.equals(normalTitle) || b.type() == BlockType.SUBHEAD && normalTitle.contains(t);
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
            if (heading && TAIL_HEADING.matcher(b.text()).matches()
                    && kept.subList(0, i).stream().anyMatch(EdgeTrimmer::isSubstantial)) {
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

    /** A real paragraph: long prose, not a label or a teaser. */
    static boolean isSubstantial(Block b) {
        if (b.type() == BlockType.SUBHEAD || b.type() == BlockType.CAPTION) {
            return false;
        }
        int w = TextStats.weight(b.text());
        return w >= 200 || w >= 80 && TextStats.endsLikeSentence(b.text()) && b.type() != BlockType.LIST;
    }

    /** A complete sentence of some length, which may close or open an article. */
    private static boolean isSentence(Block b) {
        return b.type() == BlockType.PARAGRAPH && TextStats.weight(b.text()) >= 40 && TextStats.endsLikeSentence(b.text());
    }
}
