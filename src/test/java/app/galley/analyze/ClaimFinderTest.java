package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {

    private static List<String> claims(String text) {
        return ClaimFinder.find(text).stream().map(c -> c.kind() + ":" + c.text()).toList();
    }

    @Test
    void englishFiguresDatesRankingsAndSuperlatives() {
        List<String> found = claims("The city set aside $14 million for the 28-mile line, the largest project since 1990."
                + " About 71% of residents back it, and the system ranks in the top 10 nationally."
                + " It opened on March 3, 2021, the first of its kind, after three years of work."
                + " Ridership grew faster than in Boston.");
        assertThat(found).contains("money:$14 million", "quantity:28-mile", "superlative:largest", "date:since 1990",
                "percent:71%", "ranking:top 10", "date:March 3, 2021", "superlative:first", "duration:three years",
                "comparison:faster than");
    }

    @Test
    void chineseFiguresWithUnitsAndSimplifiedScript() {
        List<String> found = claims("该公司去年营收约3000万元，同比增长24%，位居行业第三，是国内首家上市的同类企业，"
                + "在不到两年时间里超过对手。");
        assertThat(found).contains("money:3000万元", "percent:24%", "ranking:第三", "superlative:首家",
                "duration:不到两年", "date:去年");
        assertThat(found).anyMatch(c -> c.startsWith("comparison:超过"));
    }

    @Test
    void breadcrumbAndNavigationLinesAreNeverClaims() {
        String zh = "首頁 > 財經 > 2026年營收最高的10家公司\n\n新聞 › 產業 › 前三季成長30%\n\n"
                + "您的位置：首页 » 国内 » 2025年第一季度\n\n台積電去年營收成長33.9%，創下歷史新高。";
        List<Claim> found = ClaimFinder.find(zh);
        int body = zh.indexOf("台積電");
        assertThat(found).isNotEmpty().allMatch(c -> c.start() >= body);
        assertThat(claims(zh)).contains("percent:33.9%");

        String en = "Home › Business › Top 10 banks of 2026\n\nNews / World / Asia / 2026\n\n"
                + "Markets | Economy | Top 50 | 2026 Outlook\n\nThe bank's profit rose 12% to $4.5 billion in 2025, its largest gain.";
        int start = en.indexOf("The bank");
        assertThat(ClaimFinder.find(en)).isNotEmpty().allMatch(c -> c.start() >= start);
        assertThat(claims(en)).contains("percent:12%", "money:$4.5 billion");
        // a sentence that happens to hold a slash or an arrow is still the article's
        assertThat(claims("Sales rose 40% in 2025 / 2026, the company said > analysts expected."))
                .contains("percent:40%");
    }

    @Test
    void namesThatLookLikeRankingsAndProductNumbersAreNotClaims() {
        List<String> found = claims("第一財經記者獲悉，麒麟970人工智慧晶元最近一款產品上市。");
        assertThat(found).noneMatch(c -> c.contains("第一財經") || c.contains("970人") || c.contains("最近"));
    }

    @Test
    void overlappingMatchesKeepTheLonger() {
        List<Claim> found = ClaimFinder.find("2018年8月31日華為發布");
        assertThat(found).extracting(Claim::text).containsExactly("2018年8月31日");
    }
}
