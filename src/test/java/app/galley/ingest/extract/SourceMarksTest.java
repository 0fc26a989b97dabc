package app.galley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMarksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', nullValues = "NONE", value = {
            "新华网 = 新华网",
            "来源：人民日报 = 人民日报",
            "2026年05月02日 14:20 新华网 = 新华网",
            "2026-05-02 09:30 來源：中央社 = 中央社",
            "Source: Reuters = Reuters",
            "via The Associated Press = The Associated Press",
            "原创 = NONE",
            "網路 = NONE",
            "Unknown = NONE",
            "https://example.org/a = NONE",
            "2026-05-02 = NONE",
            "记者表示，这里是一句话。 = NONE",
            "A long line of words that is no outlet name at all = NONE"})
    void aMarkedTextNamesAnOutletOnlyWhenItLooksLikeOne(String text, String outlet) {
        assertThat(SourceMarks.outlet(text)).isEqualTo(outlet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "<div class='ne_article_source'>来源: 澎湃新闻</div><p>正文</p> | 澎湃新闻",
            "<p>正文</p><span id='source'>Reuters</span> | Reuters",
            "<figure><img src='a.png'><figcaption><span class='source'>Getty Images</span></figcaption></figure> | NONE",
            "<table><tr><td class='source'>统计局</td></tr></table> | NONE",
            "<div class='resource-list'>新华网</div> | NONE",
            "<div class='sources'>" + "很长的一段正文，里面说了很多很多事情，远远不是一个媒体的名字，而是一整段文章的开头部分，应当跳过" + "</div> | NONE"})
    void anElementCountsWhenItsClassOrIdSaysSourceAndItIsNoPictureOrTable(String body, String outlet) {
        assertThat(SourceMarks.of(Jsoup.parse("<html><body>" + body + "</body></html>"))).isEqualTo(outlet);
    }
}
