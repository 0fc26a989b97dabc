package app.galley.ingest.extract;

import app.galley.clean.VisibleMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where blogs, forums, papers and scholarly pages write who wrote a piece (issue 19, bylines): each
 * form on a small page written for the test, none copied from a benchmark page.
 */
class PageBylinesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String prose(int n) {
        return "第" + n + "段：市政府今天公布新的交通規劃，預計在三年內完成捷運延伸工程，並同步改善公車路網，"
                + "讓通勤時間縮短兩成，相關預算將送交議會審議，市民可在下個月的說明會上提出意見。";
    }

    @Test
    void aScholarlyPagesCitationTagsGiveItsAuthorsAndDate() {
        String html = "<html><head><meta name=\"author\" content=\"中文學術期刊,某某出版社,Some Publishers\">"
                + "<meta name=\"citation_author\" content=\"趙 培\"><meta name=\"citation_author\" content=\"林小華\">"
                + "<meta name=\"citation_date\" content=\"2018-08-23\"></head><body><article><p>" + prose(1)
                + "</p><p>" + prose(2) + "</p></article></body></html>";
        Extraction e = extractor.extract(html, null);
        assertThat(e.byline()).isEqualTo("趙培 林小華"); // a name spaced out to fill a column is one name
        assertThat(e.published()).isEqualTo(Instant.parse("2018-08-23T00:00:00Z"));
        String dublinCore = "<html><head><meta name=\"DC.creator\" content=\"Jane Doe\">"
                + "<meta name=\"dcterms.issued\" content=\"2019-03-04\"></head><body><article><p>" + prose(1)
                + "</p></article></body></html>";
        assertThat(extractor.extract(dublinCore, null).byline()).isEqualTo("Jane Doe");
        assertThat(extractor.extract(dublinCore, null).published()).isEqualTo(Instant.parse("2019-03-04T00:00:00Z"));
        assertThat(Metadata.spacedName("王　小　明")).isEqualTo("王小明");
        assertThat(Metadata.spacedName("王建宏 張文攀")).isEqualTo("王建宏 張文攀"); // two names stay two
    }

    @Test
    void aBlogsPostFooterNamesThePoster() {
        assertThat(VisibleMetadata.author("由海邊的貓張貼 @ 2005-06-14 03:25:55 (370)")).isEqualTo("海邊的貓");
        assertThat(VisibleMetadata.author("由 王小明 發表於 2005-06-14")).isEqualTo("王小明");
        assertThat(VisibleMetadata.author("Posted by Jane Doe at 10:42 PM")).isEqualTo("Jane Doe");
        // running text that happens to hold 由 ... 發表 names nobody
        assertThat(VisibleMetadata.author("由於這篇文章發表於2005年，引起廣泛討論")).isNull();
        assertThat(VisibleMetadata.author("該報告由研究院發表於去年")).isNull();
    }

    @Test
    void aBlogReposingAStoryIsByItsPosterNotTheStorysReporters() {
        String html = "<html><body><div class=\"post\"><div class=\"body\"><p>本報訊（實習記者 陳大文 記者林小華）"
                + prose(1) + "</p><p>" + prose(2) + "</p></div>"
                + "<div class=\"foot\">作者:seabird 閱讀(1660) 評論(5) 發表於:2005-07-31 12:30</div></div>"
                + "</body></html>";
        assertThat(extractor.extract(html, null).byline()).isEqualTo("seabird");
        // without the poster's label the reporters named in the story are the byline
        String story = html.replaceAll("<div class=\"foot\">.*?</div>", "");
        assertThat(extractor.extract(story, null).byline()).isEqualTo("陳大文");
    }

    @Test
    void aLineOfNamesUnderTheHeadlineIsTheByline() {
        // lines parted by blank lines inside one paragraph, as old pages write them
        String brLines = "<html><body><p align=\"center\"><strong>犬儒之病(上)</strong></p><p> 胡大平<br> <br>"
                + "&nbsp;&nbsp;——當代的精神危機<br><br>" + prose(1) + "<br>" + prose(2) + "</p></body></html>";
        assertThat(extractor.extract(brLines, null).byline()).isEqualTo("胡大平");
        // the headline repeated, then two names, in paragraphs of their own
        String paragraphs = "<html><body><div class=\"post\"><p>我怎樣走上這條路</p><p>趙延東、風笑天</p><p>" + prose(1)
                + "</p><p>" + prose(2) + "</p></div></body></html>";
        assertThat(extractor.extract(paragraphs, null).byline()).isEqualTo("趙延東 風笑天");
        // a label line is not a name, and a short line with no text after it is no byline
        assertThat(VisibleBylines.namesLine(List.of(block("摘要"), block(prose(1))))).isNull();
        assertThat(VisibleBylines.namesLine(List.of(block("胡大平")))).isNull();
        assertThat(VisibleBylines.namesLine(List.of(block(prose(1)), block("胡大平"), block(prose(2))))).isNull();
    }

    @Test
    void aLinkToTheAuthorsPageIsTheLastResort() {
        String html = "<html><body><div class=\"post\"><p>" + prose(1) + "</p><p>" + prose(2) + "</p></div>"
                + "<div class=\"side\"><a href=\"/?author=102\" title=\"[小心翼翼]的部落格\"><u>小心翼翼</u></a>"
                + "<a href=\"/?author=102&amp;m=200604\">所有文章</a></div></body></html>";
        assertThat(extractor.extract(html, null).byline()).isEqualTo("小心翼翼");
        assertThat(extractor.extract(html.replace("<u>小心翼翼</u>", "More posts"), null).byline()).isNull();
    }

    @Test
    void aParagraphOfLinesPartedByBlankLinesIsSeveralParagraphsButOneHoldingATableStaysOne() {
        String lines = "<html><body><article><p>" + prose(1) + "<br>&nbsp;<br>" + prose(2) + "</p></article></body></html>";
        assertThat(extractor.extract(lines, null).blocks()).hasSize(2);
        String single = "<html><body><article><p>" + prose(1) + "<br>" + prose(2) + "</p></article></body></html>";
        assertThat(extractor.extract(single, null).blocks()).hasSize(1);
        // a lenient parser lets an old page's paragraph hold a table: its cells stay with the paragraph's text
        String table = "<p>" + prose(1) + "<br><br>" + prose(2)
                + "<table><tr><td>科目</td><td>人數</td></tr><tr><td>藝術學</td><td>7</td></tr></table>";
        List<Block> blocks = BlockWriter.write(org.jsoup.Jsoup.parse(table).body(), new TextIndex(org.jsoup.Jsoup.parse(table).body()));
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).text()).contains("藝術學");
    }

    private static Block block(String text) {
        return new Block(BlockType.PARAGRAPH, text, () -> "<p>" + text + "</p>");
    }
}
