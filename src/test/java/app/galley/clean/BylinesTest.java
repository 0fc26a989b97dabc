package app.galley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Byline lines in the shapes copy gives them (issue 20), each written for this test: bullets and
 * dashes between the parts, several writers, "for" an outlet, an outlet on the line under the byline,
 * a bar opened by a name without "By", labels separated by single spaces, 撰文／攝影 credits, an
 * outlet in brackets after 文／, slashes, stamps with who published them, a wire that names no writer,
 * a wire's dateline with its reporters. The writer goes to the byline, the outlet to the source, the
 * line (and the outlet's own line) out of the body.
 */
class BylinesTest {

    private static final String EN = "\n\nFerry fares will rise by a fifth next month, the operator said on Tuesday.\n\nCommuters were not pleased.";
    private static final String HANT = "\n\n物價上漲，夜市攤商紛紛調漲售價，消費者直呼吃不消，業者也很無奈。\n\n攤商說：「成本漲太多了。」";
    private static final String HANS = "\n\n多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\n\n业内人士说：「要慢下来。」";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", textBlock = """
            middle dots           # en   # By Jane Doe · Rail & Road · June 3, 2026               # Jane Doe           # Rail & Road        # 1
            bullet, Story by      # en   # Story by Jane Doe • The Valley Gazette                 # Jane Doe           # The Valley Gazette # 1
            two writers           # en   # By Jane Doe and John Roe, The Valley Gazette           # Jane Doe, John Roe # The Valley Gazette # 1
            three writers         # en   # By Jane Doe, John Roe and Ann Lee | Harbor News      # Jane Doe, John Roe, Ann Lee # Harbor News # 1
            for an outlet         # en   # By Jane Doe for The Valley Gazette                     # Jane Doe           # The Valley Gazette # 1
            outlet underneath     # en   # By JANE DOE\\nAssociated Press                          # Jane Doe           # The Associated Press # 2
            a name opens a bar    # en   # Jane Doe | The Valley Gazette | June 3, 2026        # Jane Doe           # The Valley Gazette # 1
            a wire after a comma  # en   # By Jane Doe, Reuters                                   # Jane Doe           # Reuters            # 1
            撰文 and 攝影         # hant # 撰文：王小明　攝影：李大華                              # 王小明             # -                  # 1
            即時報導              # hant # 經濟日報 記者王小明／台北即時報導                      # 王小明             # 經濟日報           # 1
            文 with its outlet    # hant # 文／王小明（天下雜誌記者）                              # 王小明             # 天下雜誌           # 1
            single spaces         # hans # 作者：王小明 来源：澎湃新闻 发布时间：2026-06-18        # 王小明             # 澎湃新闻           # 1
            a dateline's labels   # hans # 2026-06-18 09:32 来源：澎湃新闻 作者：王小明            # 王小明             # 澎湃新闻           # 1
            in a city             # en   # By Wang Xiaoming in Beijing | China Daily | Updated: 2026-06-18 09:32 # Wang Xiaoming # China Daily # 1
            English labels        # en   # Source: Xinhua | Updated: 2026-06-18 09:32           # -                  # Xinhua             # 1
            an outlet's stamp     # en   # Global Times Published: Jun 18, 2026 09:32 PM       # -                  # Global Times       # 1
            a date opens the bar  # en   # Published June 3, 2026 • By Jane Doe • Rail & Road    # Jane Doe           # Rail & Road        # 1
            source then writer    # hans # 本文来源：新京报 作者：王小明                           # 王小明             # 新京报             # 1
            a role, not an outlet # en   # By Jane Doe, Staff Writer                              # Jane Doe           # -                  # 1
            a role, then outlet   # en   # By Jane Doe | Business Reporter | The Valley Gazette  # Jane Doe           # The Valley Gazette # 1
            a slash between       # en   # By Jane Doe / The Valley Gazette                       # Jane Doe           # The Valley Gazette # 1
            a stamp by an outlet  # en   # Published on 3 June 2026 by The Valley Gazette         # -                  # The Valley Gazette # 1
            posted by a writer    # en   # Posted by Jane Doe on June 3, 2026                     # Jane Doe           # -                  # 1
            a name over an outlet # en   # Jane Doe\\nThe Valley Gazette                          # Jane Doe           # The Valley Gazette # 2
            by an agency          # en   # By The Associated Press                                # -                  # The Associated Press # 1
            AP's capitals         # en   # By JOSH BOAK Associated Press                          # Josh Boak          # The Associated Press # 1
            capitals and a role   # en   # By JANE DOE Staff Writer                               # Jane Doe           # -                  # 1
            圖文 a person          # hant # 圖文：王小明                                              # 王小明               # -                  # 1
            date, time and writer # en   # June 3, 2026 / 8:15 AM / Jane Doe                      # Jane Doe           # -                  # 1
            a stamp then updated  # en   # Jun 3, 2026 Updated Jun 4, 2026                        # -                  # -                  # 1
            a mark before 記者    # hant # ◎ 記者王小明／台北報導                                   # 王小明             # -                  # 1
            the place after space # hant # （記者 王小明 台北報導）                                 # 王小明             # -                  # 1
            two reporters         # hant # 記者王小明、李大同／綜合報導                             # 王小明 李大同      # -                  # 1
            撰文・攝影            # hant # 撰文・攝影：王小明                                       # 王小明             # -                  # 1
            圖、文                # hant # 圖、文／王小明                                           # 王小明             # -                  # 1
            文 and 圖             # hant # 文／王小明　圖／李大華                                   # 王小明             # -                  # 1
            a reporter, a date    # hant # 記者王小明／台北報導　2026年10月3日 上午8:15             # 王小明             # -                  # 1
            a dateline's reporter # hant # 2026-10-03 08:15 聯合報 記者王小明／高雄即時報導        # 王小明             # 聯合報             # 1
            來源 and its reporter # hant # 【來源：經濟日報／記者王小明】                           # 王小明             # 經濟日報           # 1
            新聞來源 and reporter # hant # 新聞來源：聯合新聞網 記者王小明                          # 王小明             # 聯合新聞網         # 1
            a name, role, outlet  # en   # Jane Doe • Staff Writer • The Valley Gazette           # Jane Doe           # The Valley Gazette # 1
            """)
    void theWriterAndTheOutletAreRead(String what, String language, String escaped, String byline, String source, int lines) {
        String body = switch (language) {
            case "hant" -> HANT;
            case "hans" -> HANS;
            default -> EN;
        };
        String text = (language.equals("en") ? "Ferry fares rise\n\n" : "標題\n\n") + escaped.replace("\\n", "\n") + body;
        MetadataLines.Found found = MetadataLines.of(text, true);
        assertThat(found.byline()).isEqualTo(byline);
        assertThat(found.source()).isEqualTo(source);
        assertThat(found.lines()).as("the byline's lines leave the body").hasSize(lines);
        assertThat(found.title()).isIn("Ferry fares rise", "標題");
        if (escaped.matches(".*20\\d\\d.*")) {
            assertThat(found.published()).as("the date on the line").isNotNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            By Jane Doe · Rail & Road · June 3          # Jane Doe # Rail & Road
            Tom Becker, Rail & Road                     # Tom Becker # Rail & Road
            By Wang Xiaoming | China Daily              # Wang Xiaoming # China Daily
            By Jane Doe · Business Reporter · Rail & Road # Jane Doe # Rail & Road
            """)
    void aPageBylineGivesItsOutlet(String byline, String names, String outlet) {
        assertThat(MetadataLines.nameAndOutlet(byline)).containsExactly(names, outlet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            By the end of the year the ferry will carry four hundred people a day.
            Jane Doe said the fares were too high · and nobody listened
            作者表示，這項研究仍有許多限制。
            Joe Biden | Press Conference 2026
            Jane Doe | June 3, 2026
            Jane Doe is a reporter who has covered the city council for the last ten years.
            Posted by the river on June 3, 2026
            """)
    void sentencesAndHeadlinesAreNotBylines(String line) {
        assertThat(Bylines.read(line)).isNull();
        assertThat(Bylines.stamped(line)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', nullValues = "-", textBlock = """
            （中央社記者王小明台北3日電）颱風今天逼近東部。       # 王小明
            中央社記者王小明、李大同台北3日電                     # 王小明 李大同
            （中央社記者王小明華盛頓3日專電）美國國會今天……       # 王小明
            （中央社記者林宜萱東京3日電）                         # 林宜萱
            中央社／台北3日電　颱風今天逼近東部。                 # -
            中央社今天致電氣象署詢問颱風動態。                    # -
            """)
    void aWireDatelineNamesItsReporters(String paragraph, String names) {
        assertThat(Bylines.wireReporters(paragraph)).isEqualTo(names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Jane Doe is a staff writer for The Valley Gazette.   # Jane Doe # The Valley Gazette
            Jane Doe is a senior reporter at the Harbor Times     # Jane Doe # Harbor Times
            """)
    void aTaglineUnderTheStoryNamesWriterAndOutlet(String line, String names, String outlet) {
        Bylines.Byline b = Bylines.read(line);
        assertThat(b.names()).isEqualTo(names);
        assertThat(b.outlet()).isEqualTo(outlet);
    }
}
