package app.galley.clean;

import app.galley.text.TextDiff;

import app.galley.text.Change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each built-in rule on its own: what it changes, and what it must leave alone. */
class RulesTest {

    private static String clean(TextRule rule, String text, String language) {
        return new Cleaning(text, rule.apply(CleanInput.of(text, language))).cleaned();
    }

    @Nested
    class PunctuationWidth {
        private final TextRule rule = new PunctuationWidthRule();

        @Test
        void halfWidthInChineseBecomesFullWidth() {
            assertThat(clean(rule, "記者獲悉,坐落於上海:他說?是的!(簡稱)好;", "zh-Hant"))
                    .isEqualTo("記者獲悉，坐落於上海：他說？是的！（簡稱）好；");
        }

        @Test
        void numbersTimesDecimalsAndUrlsStay() {
            String text = "會議於14:20開始,投資7.56億元,共1,000人,網址https://example.com/a?b=1,見(1)。";
            String out = clean(rule, text, "zh-Hant");
            assertThat(out).contains("14:20").contains("7.56").contains("1,000").contains("https://example.com/a?b=1")
                    .contains("開始，投資");
        }

        @Test
        void fullWidthInEnglishBecomesHalfWidth() {
            assertThat(clean(rule, "The storm，the strongest this year：it hit？", "en"))
                    .isEqualTo("The storm, the strongest this year: it hit?");
        }

        @Test
        void englishWordsInsideChineseKeepTheirPunctuation() {
            assertThat(clean(rule, "他說:Hello, world!然後離開。", "zh-Hant")).contains("Hello, world").startsWith("他說：");
        }
    }

    @Nested
    class QuotationMarks {
        private final TextRule rule = new QuotationMarksRule();

        @Test
        void traditionalTakesCornerBracketsNestedCorrectly() {
            assertThat(clean(rule, "他說:\"市府說'不會增加負擔',但並非如此。\"", "zh-Hant"))
                    .isEqualTo("他說:「市府說『不會增加負擔』,但並非如此。」");
        }

        @Test
        void simplifiedAndEnglishTakeCurlyQuotes() {
            assertThat(clean(rule, "他表示:\"新线开通后将缓解压力。\"", "zh-Hans")).contains("“新线开通后将缓解压力。”");
            assertThat(clean(rule, "\"We are ready,\" she said. \"Go.\"", "en"))
                    .isEqualTo("“We are ready,” she said. “Go.”");
        }

        @Test
        void apostrophesAreNeverTouched() {
            String text = "It's the island's third storm; the '90s were worse, rock 'n' roll.";
            assertThat(clean(rule, text, "en")).isEqualTo(text);
        }

        @Test
        void unbalancedParagraphsAreLeftAlone() {
            String text = "他說:\"沒有結尾的引號";
            assertThat(clean(rule, text, "zh-Hant")).isEqualTo(text);
        }
    }

    @Nested
    class Spacing {
        @Test
        void spacesBlankLinesInvisiblesAndNfc() {
            String text = "A\u00a0new   budget\u200b\n\n\n\nSecond\u00ad line  \n\nCafe\u0301";
            assertThat(clean(new SpacingRule(false), text, "en")).isEqualTo("A new budget\n\nSecond line\n\nCafé");
        }

        @Test
        void spaceBetweenChineseAndLatinOnlyWhenAskedFor() {
            assertThat(clean(new SpacingRule(false), "華為mate手機", "zh-Hant")).isEqualTo("華為mate手機");
            assertThat(clean(new SpacingRule(true), "華為mate手機有970晶片", "zh-Hant")).isEqualTo("華為 mate 手機有 970 晶片");
        }
    }

    @Nested
    class ConversionRepair {
        private final TextRule rule = new ConversionRepairRule();

        @Test
        void repairsTheMistakesOfOneToOneConverters() {
            assertThat(clean(rule, "將會整合併且加強研究", "zh-Hant")).isEqualTo("將會整合並且加強研究");
            assertThat(clean(rule, "全長約3公裡", "zh-Hant")).isEqualTo("全長約3公里");
            assertThat(clean(rule, "以避免乾擾居民", "zh-Hant")).isEqualTo("以避免干擾居民");
            assertThat(clean(rule, "他帶頭髮展新產業", "zh-Hant")).isEqualTo("他帶頭發展新產業");
        }

        @Test
        void eachRepairSaysWhy() {
            List<Change> changes = rule.apply(CleanInput.of("將會整合併且加強研究", "zh-Hant"));
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.rule()).isEqualTo("conversion-repair");
                assertThat(c.reason()).contains("併").contains("並");
            });
        }

        @Test
        void correctTextAndRegionalFormsStay() {
            for (String ok : List.of("兩家公司決定合併", "他的頭髮很長", "行政院核定計畫", "市府回應質疑", "實施體系布局", "晒乾衣服", "在實驗室裡")) {
                assertThat(clean(rule, ok, "zh-Hant")).as(ok).isEqualTo(ok);
            }
        }

        @Test
        void aCommonFormTaiwanAndHongKongAcceptStaysButItsMirrorIsRepaired() {
            for (String ok : List.of("請盡量準時出席", "我們會盡快完成", "各單位匯整資料", "香港禁止在室內吸煙")) {
                assertThat(clean(rule, ok, "zh-Hant")).as(ok).isEqualTo(ok);
            }
            assertThat(clean(rule, "走到路的儘頭", "zh-Hant")).isEqualTo("走到路的盡頭");
            assertThat(clean(rule, "到銀行彙款", "zh-Hant")).isEqualTo("到銀行匯款");
        }

        @Test
        void onlyTraditionalChineseIsRepaired() {
            assertThat(clean(rule, "整合併且", "zh-Hans")).isEqualTo("整合併且");
            assertThat(clean(rule, "整合併且", "en")).isEqualTo("整合併且");
        }
    }

    @Nested
    class Mojibake {
        private final TextRule rule = new MojibakeRule();

        private String garble(String s, Charset wrote, Charset read) {
            return new String(s.getBytes(wrote), read);
        }

        @Test
        void utf8ReadAsWindows1252IsDecodedAgain() {
            String good = "The café’s owner said “yes — déjà vu.";
            String bad = garble(good, StandardCharsets.UTF_8, Charset.forName("windows-1252"));
            assertThat(bad).isNotEqualTo(good);
            assertThat(clean(rule, "Title\n\n" + bad, "en")).isEqualTo("Title\n\n" + good);
        }

        @Test
        void big5ReadAsGbkIsDecodedAgain() {
            String good = "研究人員表示，新藥的臨床試驗結果令人鼓舞。該公司計劃明年申請上市許可。";
            String bad = garble(good, Charset.forName("Big5"), Charset.forName("GB18030"));
            assertThat(clean(rule, bad, "ja")).isEqualTo(good);
        }

        @Test
        void goodTextIsLeftAlone() {
            for (String ok : List.of("The café opens in May — “soon”.", "研究人員表示，新藥的臨床試驗結果令人鼓舞。",
                    "深圳市人力资源和社会保障局发布新政策，对符合条件的人才给予奖励。", "Ça coûte 5 €.")) {
                assertThat(rule.apply(CleanInput.of(ok, null))).as(ok).isEmpty();
            }
        }
    }

    @Nested
    class Boilerplate {
        private final TextRule rule = new BoilerplateRule();

        @Test
        void middleBlocksGoOnlyWhenUnmistakable() {
            String text = "First paragraph of the story, long enough to be prose.\n\nAdvertisement\n\n"
                    + "Second paragraph says that readers share this article often.\n\nStory continues below\n\nEnd.";
            assertThat(clean(rule, text, "en")).doesNotContain("Advertisement").doesNotContain("Story continues below")
                    .contains("readers share this article often");
        }

        @Test
        void proseMentioningAKeywordStays() {
            String text = "當前位置:\n\n他表示，公司將擴大投資。分享經濟的發展很快。轉發的訊息很多。這是第三句。\n\n結尾。";
            assertThat(clean(rule, text, "zh-Hant")).startsWith("他表示").contains("分享經濟");
        }

        @Test
        void aRepeatedHeadlineAtTheTopGoes() {
            String text = "颱風逼近\n\n中央氣象署表示，颱風預計明天登陸。";
            List<Change> changes = rule.apply(new CleanInput(text, "颱風逼近", "zh-Hant", null));
            assertThat(new Cleaning(text, changes).cleaned()).isEqualTo("中央氣象署表示，颱風預計明天登陸。");
        }
    }

    @Test
    void learnedBoilerplateRemovesConfirmedLinesWhereverTheyAre() {
        TextRule rule = new LearnedBoilerplateRule(java.util.Set.of("每日頭條 為您報導"));
        String text = "每日頭條　為您報導\n\n正文第一段。\n\n正文第二段。";
        assertThat(new Cleaning(text, rule.apply(new CleanInput(text, null, "zh-Hant", "每日頭條"))).cleaned())
                .isEqualTo("正文第一段。\n\n正文第二段。");
    }

    @Test
    void theLearnerProposesLinesRecurringInThreeArticles() {
        List<String> bodies = List.of("A story.\n\nFollow us on Weibo\n\nEnd one.", "B story.\n\nFollow us on Weibo\n\nEnd two.",
                "C story.\n\nfollow  us on weibo\n\nEnd three.", "D story.\n\nEnd one.");
        assertThat(BoilerplateLearner.propose(bodies, java.util.Set.of()))
                .containsExactly(new BoilerplateLearner.Proposal("Follow us on Weibo", 3));
        assertThat(BoilerplateLearner.propose(bodies, java.util.Set.of("Follow us on Weibo"))).isEmpty();
    }

    @Test
    void scriptConversionIsChangesWithRegionalVocabulary() {
        Cleaning c = ScriptConversion.convert("鼠标和软件的信息", ScriptConversion.Profile.S2TWP);
        assertThat(c.cleaned()).isEqualTo("滑鼠和軟體的資訊");
        assertThat(c.changes()).allSatisfy(ch -> assertThat(ch.rule()).isEqualTo("script-conversion"));
        assertThat(ScriptConversion.convert("鼠标和软件的信息", ScriptConversion.Profile.S2T).cleaned()).isEqualTo("鼠標和軟件的信息");
        assertThat(ScriptConversion.convert("頭髮很長，臺灣的資訊", ScriptConversion.Profile.T2S).cleaned()).isEqualTo("头发很长，台湾的资讯");
    }

    @Test
    void aConversionThatChangesLengthsIsDiffedIntoChanges() {
        Cleaning c = new Cleaning("買了U盘和鼠标。", TextDiff.changes("買了U盘和鼠标。", "買了隨身碟和滑鼠。", "test", "script-conversion"));
        assertThat(c.cleaned()).isEqualTo("買了隨身碟和滑鼠。");
        assertThat(c.changes()).extracting(ch -> ch.from(c.original())).containsExactly("U盘", "鼠标");
    }
}
