package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases the issue names: quoted names and scare quotes, split quotes, pronouns, titles, nulls. */
class QuoteFinderTest {

    private static List<Quote> quotes(String text) {
        return QuoteFinder.find(text).quotes();
    }

    @Test
    void quotedNamesTitlesAndScareQuotesAreNotQuotations() {
        String text = "新創公司「聲林科技」成立。上海腦科學與類腦研究中心（簡稱「上海腦中心」）開幕。網友紛紛表示「關注」。"
                + "The so-called \"green corridor\" and the word \"unprecedented\" and the film \"Dune\" opened.";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void splitQuotationKeepsItsSpeakerAcrossTheAttribution() {
        List<Quote> q = quotes("\"We are ready,\" she said. \"The rest is up to the council.\"");
        assertThat(q).extracting(Quote::text).containsExactly("We are ready,", "The rest is up to the council.");
        // no one is named: the pronoun cannot be resolved, and the speaker stays unknown
        assertThat(q).extracting(Quote::speaker).containsOnlyNulls();

        List<Quote> named = quotes("Mayor Linda Park spoke first. \"We are ready,\" she said. \"The rest is up to the council.\"");
        assertThat(named).extracting(Quote::speaker).containsExactly("Linda Park", "Linda Park");
        assertThat(named).extracting(Quote::how).containsExactly(Quote.How.REFERENCE, Quote.How.CONTINUED);
    }

    @Test
    void titlesAreStrippedFromSpeakers() {
        assertThat(quotes("首席試飛員孫衛東表示：「飛機狀態良好。」")).extracting(Quote::speaker).containsExactly("孫衛東");
        assertThat(quotes("\"This is overdue,\" said Council Member Alicia Moreno.")).extracting(Quote::speaker)
                .containsExactly("Alicia Moreno");
    }

    @Test
    void speakerAfterTheQuotationInSimplifiedChinese() {
        assertThat(quotes("“经济运行总体回升向好。”国家统计局新闻发言人付凌晖说。")).extracting(Quote::speaker)
                .containsExactly("付凌晖");
    }

    @Test
    void pronounResolvesToTheLastNamedPerson() {
        List<Quote> q = quotes("張旭對記者表示，必須要實現體制上的突破。他說道：「我們一味地把美歐的模式拿過來也是有問題的。」");
        assertThat(q).extracting(Quote::speaker).containsExactly("張旭");
        assertThat(q.get(0).how()).isEqualTo(Quote.How.REFERENCE);
    }

    @Test
    void anUnnamedSourceIsNullNotAGuess() {
        assertThat(quotes("張旭出席了會議。「價格會低於1000元。」一位不願具名的員工透露。")).extracting(Quote::speaker)
                .containsOnlyNulls().hasSize(1);
    }

    @Test
    void peopleAreListedWithTheirRoles() {
        QuoteFinder.Result r = QuoteFinder.find("著名神經科學家、中科院上海分院副院長張旭接受採訪時表示：「進展不錯。」"
                + "張旭從寒武紀科技創始人兼CEO陳天石手中接過聘書。");
        assertThat(r.people()).extracting(Person::name).containsExactly("張旭", "陳天石");
        assertThat(r.people().get(0).roles()).containsExactly("中科院上海分院副院長", "著名神經科學家");
        assertThat(r.people().get(1).roles()).containsExactly("寒武紀科技創始人兼CEO");
    }
}
