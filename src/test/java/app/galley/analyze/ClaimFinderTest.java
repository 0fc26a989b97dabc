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
