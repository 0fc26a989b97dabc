package app.galley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteNameTest {

    private static final String H1 = "Readers buy their bookshop";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', nullValues = "NONE", value = {
            "Readers buy their bookshop | Harbour Notes = Harbour Notes",
            "Readers buy their bookshop – Harbour Notes = Harbour Notes",
            "Readers buy their bookshop « Harbour Notes = Harbour Notes",
            "Readers buy their bookshop | News | The Harbour Herald = The Harbour Herald",
            "Readers buy their bookshop = NONE",
            "Readers buy their bookshop | News = NONE",
            "Readers buy their bookshop - and what comes next = NONE",
            "Harbour Notes: Readers buy their bookshop = NONE"})
    void theTitlesPartAfterTheHeadlineNamesTheSite(String title, String site) {
        assertThat(SiteName.fromTitle(title, H1)).isEqualTo(site);
    }

    @Test
    void chinesePortalTitlesNameTheSiteLastAndAChannelIsNoSite() {
        assertThat(SiteName.fromTitle("国产大飞机完成首次静力试验_科技_新浪网", "国产大飞机完成首次静力试验")).isEqualTo("新浪网");
        assertThat(SiteName.fromTitle("国产大飞机完成首次静力试验_科技频道", "国产大飞机完成首次静力试验")).isNull();
        assertThat(SiteName.fromTitle("高鐵延伸屏東定案 2030年通車 - 每日新鮮事", "高鐵延伸屏東定案 2030年通車")).isEqualTo("每日新鮮事");
    }

    @Test
    void aHeaderSiteTitleOrAFootersCopyrightWhenTheTitleSaysNothing() {
        assertThat(site("<header><p class='site-title'><a href='/'>Harbour Notes</a></p></header>", "")).isEqualTo("Harbour Notes");
        assertThat(site("", "<footer>© 2026 Harbour Notes. All rights reserved.</footer>")).isEqualTo("Harbour Notes");
        assertThat(site("", "<footer>Copyright © 2020-2026 每日新鮮事 版權所有</footer>")).isEqualTo("每日新鮮事");
        assertThat(site("", "<footer><p>Proudly powered by WordPress</p></footer>")).isNull();
        assertThat(site("<header><a class='logo' href='/'><img alt='The Riverside Ledger logo' src='l.png'></a></header>", ""))
                .isEqualTo("The Riverside Ledger");
        assertThat(site("<div id='masthead'><a class='logo' href='/'>The Harbour Herald</a></div>", ""))
                .isEqualTo("The Harbour Herald");
        assertThat(site("", "<p class='credit'>© 2026 The Riverside Ledger, a Hometown Media company</p>"))
                .isEqualTo("The Riverside Ledger");
        assertThat(site("", "")).isNull();
    }

    private static String site(String top, String bottom) {
        return SiteName.of(Jsoup.parse("<html><head><title>" + H1 + "</title></head><body>" + top + "<article><h1>" + H1
                + "</h1><p>Text.</p></article>" + bottom + "</body></html>"), H1);
    }
}
