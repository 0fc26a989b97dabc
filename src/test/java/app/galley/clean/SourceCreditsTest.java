package app.galley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where copy says which outlet it came from besides a 來源 line (issue 20): syndication and repost
 * credits after the text, a wire's dateline at its start, a paper's edition line, a copyright line;
 * Traditional, Simplified and English. The credit lines leave the body; a dateline stays in it.
 */
class SourceCreditsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            中央社 dateline     | 中央社       | 颱風逼近　東部停班停課\\n\\n（中央社記者王小明台北3日電）颱風今天逼近東部，花蓮縣宣布停班停課。\\n\\n中央氣象署表示，颱風將在明天清晨登陸。                  | false
            新华社 dateline     | 新华社       | 长江禁渔成效显著\\n\\n新华社武汉6月3日电（记者李华）长江十年禁渔实施以来，鱼类资源逐步恢复。\\n\\n农业农村部表示，禁渔成效初步显现。                          | false
            中新网 is its name  | 中国新闻网   | 长江禁渔成效显著\\n\\n中新网武汉6月3日电（记者李华）长江十年禁渔实施以来，鱼类资源逐步恢复，各地渔政部门加强巡查。\\n\\n农业农村部表示，禁渔成效初步显现。 | false
            Reuters dateline    | Reuters      | Oil prices rise\\n\\nLONDON (Reuters) - Oil prices rose on Tuesday as supply worries grew.\\n\\nBrent crude futures rose 2%.                                | false
            AP dateline         | The Associated Press | Storm hits coast\\n\\nMIAMI (AP) — A storm hit the coast on Tuesday, officials said.\\n\\nThousands lost power.                                   | false
            授權轉載            | 財訊         | 台積電擴產計畫出爐\\n\\n台積電今天宣布擴產，預計投資千億元。\\n\\n分析師認為此舉將帶動供應鏈。\\n\\n本文經授權轉載自財訊                                     | true
            公众号              | 36氪         | AI手机来了\\n\\n各大厂商纷纷推出AI手机。\\n\\n业内人士认为，这将改变手机市场。\\n\\n本文来自微信公众号“36氪”，作者：张三                                     | true
            originally appeared | The Guardian | Trains return\\n\\nNight trains are back across Europe.\\n\\nOperators say demand is strong.\\n\\nThis article originally appeared in The Guardian. | true
            原文刊載於          | 聯合報       | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n（原文刊載於聯合報）                                                 | true
            文章来源于          | 澎湃新闻     | 城市更新提速\\n\\n多地城市更新项目加快推进。\\n\\n专家表示，城市更新要注重民生。\\n\\n文章来源于澎湃新闻                                             | true
            来源丨              | 第一财经     | 芯片产业加速\\n\\n国产芯片产业加速发展。\\n\\n来源丨第一财经                                                                                        | true
            copyright           | Bloomberg    | Markets slide\\n\\nStocks fell sharply on Monday.\\n\\nInvestors worried about rates.\\n\\n©2026 Bloomberg L.P.                                      | false
            新聞來源            | 自由時報     | 高鐵延伸屏東\\n\\n〔記者陳怡君／台北報導〕高鐵延伸屏東案定案。\\n\\n交通部表示，2030年通車。\\n\\n新聞來源：自由時報                                     | true
            paper edition       | 人民日报     | 乡村振兴\\n\\n《人民日报》（2026年06月03日 第01版）\\n\\n乡村振兴取得新进展。\\n\\n各地因地制宜发展特色产业。                                          | true
            轉自                | 南方週末     | 電影院復甦\\n\\n電影院觀眾人數回升。\\n\\n業者表示，暑期檔表現亮眼。\\n\\n轉自：南方週末                                                              | true
            outlet's reporter   | 聯合報       | 夜市攤商漲價\\n\\n聯合報記者王小明／台北報導\\n\\n物價上漲，夜市攤商紛紛調漲售價，消費者直呼吃不消。\\n\\n攤商說：「成本漲太多了。」 | true
            not 本報            |              | 颱風逼近\\n\\n本報記者王小明／台北報導\\n\\n颱風今天逼近東部，花蓮縣宣布停班停課，民眾應做好防颱準備。 | true
            bracketed 來源      | 經濟日報     | 房市降溫\\n\\n【來源：經濟日報】\\n\\n央行升息後，房市交易量明顯下滑，業者表示買方觀望氣氛濃厚。 | true
            Reuters trailer     | Reuters      | Oil prices rise\\n\\nOil prices rose on Tuesday as supply worries grew across the market.\\n\\nBrent crude futures rose 2%.\\n\\n(Reporting by Jane Doe; Editing by John Roe) | true
            wire sign-off       | The Associated Press | Storm hits coast\\n\\nA storm hit the coast on Tuesday, officials said, and thousands lost power.\\n\\nCrews worked through the night.\\n\\n— The Associated Press | true
            Source:             | Nikkei Asia  | Japan exports rise\\n\\nTOKYO -- Japan's exports rose in May, data showed.\\n\\nShipments to China grew.\\n\\nSource: Nikkei Asia                    | true
            republished from    | The Conversation | Bees in decline\\n\\nWild bee numbers fell again this year, researchers found.\\n\\nFarmers are planting more wildflowers.\\n\\nThis article is republished from The Conversation under a Creative Commons license. Read the original article. | true
            a version of        | The Harbor Times | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said.\\n\\nCommuters were not pleased.\\n\\nA version of this story first appeared in The Harbor Times. | true
            the post appeared   | Rail & Road  | Night trains return\\n\\nNight trains are back across the Alps this winter, operators said.\\n\\nDemand is strong.\\n\\nThe post Night trains return to the Alps appeared first on Rail & Road. | true
            produced by         | KFF Health News | Clinics close\\n\\nRural clinics are closing at a fast pace, a survey found.\\n\\nPatients drive farther.\\n\\nThis story was produced by KFF Health News, a national newsroom. | true
            originally at       | Valley Gazette | School opens\\n\\nThe new school opened on Monday with four hundred pupils.\\n\\nParents cheered.\\n\\nOriginally published at Valley Gazette. | true
            permission of       | The Valley Gazette | School opens\\n\\nThe new school opened on Monday with four hundred pupils.\\n\\nParents cheered.\\n\\nRepublished with permission of The Valley Gazette. | true
            本文由授權轉載      | 天下雜誌     | 台積電擴產計畫出爐\\n\\n台積電今天宣布擴產，預計投資千億元。\\n\\n分析師認為此舉將帶動供應鏈。\\n\\n本文由天下雜誌授權轉載 | true
            本文由授权发布      | 虎嗅         | AI手机来了\\n\\n各大厂商纷纷推出AI手机。\\n\\n业内人士认为，这将改变手机市场。\\n\\n本文由「虎嗅」授权发布。 | true
            摘自                | 遠見雜誌     | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n（本文摘自《遠見雜誌》） | true
            节选自              | 财经         | 城市更新提速\\n\\n多地城市更新项目加快推进。\\n\\n专家表示，城市更新要注重民生。\\n\\n本文节选自《财经》 | true
            首發於              | 報導者       | 電影院復甦\\n\\n電影院觀眾人數回升。\\n\\n業者表示，暑期檔表現亮眼。\\n\\n首發於報導者 | true
            原載於              | 今周刊       | 電影院復甦\\n\\n電影院觀眾人數回升。\\n\\n業者表示，暑期檔表現亮眼。\\n\\n原載於今周刊 | true
            稿件來源            | 工商時報     | 房市降溫\\n\\n央行升息後，房市交易量明顯下滑，業者表示買方觀望氣氛濃厚。\\n\\n稿件來源：工商時報 | true
            中央社 sign-off     | 中央社       | 電影院復甦\\n\\n電影院觀眾人數回升，業者表示，暑期檔表現亮眼，票房較去年同期成長三成。\\n\\n業者說：「觀眾回來了。」\\n\\n（中央社） | true
            copyright with year | The Valley Gazette | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday.\\n\\nCommuters were not pleased.\\n\\n© The Valley Gazette 2026 | false
            a writer's tagline  | The Valley Gazette | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday.\\n\\nCommuters were not pleased.\\n\\nJane Doe is a staff writer for The Valley Gazette. | true
            資料來源 an outlet  | 聯合新聞網   | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n資料來源：聯合新聞網 | true
            原文出處            | 聯合新聞網   | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n原文出處：聯合新聞網 | true
            CNN, no city        | CNN          | Storm hits coast\\n\\n(CNN) — A storm hit the coast on Tuesday, officials said.\\n\\nThousands lost power. | false
            Reuters, a date     | Reuters      | Oil prices rise\\n\\nLONDON, June 3 (Reuters) - Oil prices rose on Tuesday as supply worries grew.\\n\\nBrent crude futures rose 2%. | false
            Reuters trailer bare | Reuters     | Oil prices rise\\n\\nOil prices rose on Tuesday as supply worries grew across the market.\\n\\nBrent crude futures rose 2%.\\n\\nReporting by Jane Doe; Editing by John Roe | true
            中央社 line alone   | 中央社       | 颱風逼近　東部停班停課\\n\\n中央社記者王小明台北3日電\\n\\n颱風今天逼近東部，花蓮縣宣布停班停課。\\n\\n中央氣象署表示，颱風將在明天清晨登陸。 | true
            中央社 slash        | 中央社       | 颱風逼近　東部停班停課\\n\\n中央社／台北3日電　颱風今天逼近東部，花蓮縣宣布停班停課。\\n\\n中央氣象署表示，颱風將在明天清晨登陸。 | false
            a site carries it   | 人民日报     | 乡村振兴\\n\\n2026年06月03日 08:15　来源：人民网－人民日报\\n\\n乡村振兴取得新进展，各地因地制宜发展特色产业。\\n\\n专家表示，要久久为功。 | true
            reproduced          | The Daily Herald | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday.\\n\\nCommuters were not pleased.\\n\\nThis article is reproduced with permission from The Daily Herald. | true
            courtesy of         | The Daily Herald | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday.\\n\\nCommuters were not pleased.\\n\\nCourtesy of The Daily Herald | true
            圖文來源            | 聯合新聞網   | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n圖文來源：聯合新聞網 | true
            內容來源            | 聯合新聞網   | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n內容來源：聯合新聞網 | true
            本篇文章轉載自      | 聯合新聞網   | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n本篇文章轉載自聯合新聞網 | true
            授權轉載 and a rider | 聯合新聞網  | 夜市攤商漲價\\n\\n物價上漲，夜市攤商紛紛調漲售價。\\n\\n消費者直呼吃不消。\\n\\n（本文由聯合新聞網授權轉載，未經同意禁止轉載） | true
            a WeChat account id | 36氪         | AI手机来了\\n来源：36氪（ID：wow36kr）\\n\\n各大厂商纷纷推出AI手机，业内人士认为，这将改变手机市场的格局。\\n\\n专家说：“要慢下来。” | true
            an outlet's app     | 澎湃新闻     | AI手机来了\\n2026-10-03 08:15:32　来源：澎湃新闻客户端\\n\\n各大厂商纷纷推出AI手机，业内人士认为，这将改变手机市场的格局。\\n\\n专家说：“要慢下来。” | true
            a 来源 then a date  | 中国新闻网   | AI手机来了\\n来源：中国新闻网 2026年10月03日 08:15\\n\\n各大厂商纷纷推出AI手机，业内人士认为，这将改变手机市场的格局。\\n\\n专家说：“要慢下来。” | true
            原文網址, an outlet by its address | 中央社 | 颱風逼近　高鐵明天班次調整\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n原文網址：https://www.cna.com.tw/news/ahel/202607150123.aspx | true
            原文網址, a title and its outlet | ETtoday新聞雲 | 颱風逼近　高鐵明天班次調整\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n原文網址: 颱風逼近，高鐵明天班次調整 ｜ ETtoday新聞雲 https://www.ettoday.net/news/20260715/1.htm | true
            原文链接, an address not listed |   | 城市更新提速\\n\\n多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。\\n\\n原文链接：https://example.com/a/1.html | true
            Original article    | Reuters      | Oil prices rise\\n\\nOil prices rose on Tuesday as supply worries grew across the market.\\n\\nBrent crude futures rose 2%.\\n\\nOriginal article: https://www.reuters.com/markets/oil-2026-07-15/ | true
            來源 with a date after it | 中央社 | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n來源：中央社 (2026-07-15) | true
            來源 with a slash | 三立新聞網 | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n來源／三立新聞網 | true
            資料來源 with a slash | 三立新聞網 | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n資料來源／三立新聞網 | true
            資料來源 a foreign wire | Reuters | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n資料來源：Reuters | true
            原文出自 | ETtoday新聞雲 | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n原文出自：ETtoday新聞雲 | true
            本文来自 with a colon | 新京报 | 台风逼近\\n\\n台风逼近，高铁公司今天宣布，明天上午起南下班次将减班，旅客可免费退票。\\n\\n交通部门提醒民众注意安全。\\n\\n本文来自：新京报 | true
            圖文 an outlet | 中央社 | 颱風逼近\\n\\n圖文：中央社\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。 | true
            a paper in brackets | 自由時報 | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n（自由時報） | true
            an English wire in brackets | AFP | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\n(AFP) | true
            AP in brackets | The Associated Press | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\n(AP) | true
            Source with a rider | Reuters | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\nSource: Reuters (Reporting by Jane Doe) | true
            Via | BBC News | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\nVia BBC News | true
            Associated Press by its name | The Associated Press | Ferry fares rise\\n\\nBy Jane Doe, Associated Press\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased. | true
            the Guardian | The Guardian | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\nThis article was originally published by the Guardian. | true
            中央社 dateline moved under | 中央社 | 颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。\\n\\n（中央社記者王小明台北15日電） | true
            an outlet before the headline | 中央社 | 【中央社】颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。 | false
            a section before the headline |  | 【科技新知】颱風逼近\\n\\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。\\n\\n交通部提醒民眾注意安全。 | false
            paper edition, spaced | 人民日报 | 城市更新提速\\n\\n《 人民日报 》（ 2026年07月15日 第 02 版）\\n\\n多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。 | true
            a paper then its site | 经济日报 | 城市更新提速\\n\\n来源：经济日报-中国经济网\\n\\n多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。 | true
            转自 with a bar | 经济日报 | 城市更新提速\\n\\n多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。\\n\\n转自｜经济日报 | true
            来源 in wide square brackets | 经济日报 | 城市更新提速\\n\\n多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。\\n\\n［来源：经济日报］ | true
            a paper's own news | 中国青年报 | 城市更新提速\\n\\n中国青年报客户端讯（中青报·中青网记者 王小明）多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。 | false
            not 本报讯 |  | 城市更新提速\\n\\n本报讯（记者 王小明）多地城市更新项目加快推进，专家表示，城市更新要注重民生，不能一拆了之。\\n\\n各地正在探索新模式。 | false
            From an outlet | The Daily Herald | Ferry fares rise\\n\\nFrom The Daily Herald\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased. | true
            Read more at | The Daily Herald | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\nRead more at The Daily Herald. | true
            Kyodo's dateline | Kyodo News | Ferry fares rise\\n\\nTOKYO, July 15 (Kyodo) -- Ferry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased. | false
            a contributor is no source |  | Ferry fares rise\\n\\nFerry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs.\\n\\nCommuters were not pleased.\\n\\nThe Associated Press contributed to this report. | false
            a figure's, English |              | Coffee prices climb\\n\\nArabica futures rose to their highest level in fifteen years on Monday, traders said.\\n\\nRoasters are passing on the cost.\\n\\nSource: International Coffee Organization | false
            a figure's source   |              | 失業率下降\\n\\n主計總處今天公布，上月失業率降至百分之三點三，創下二十多年來新低。\\n\\n官員表示，就業市場穩定。\\n\\n資料來源：主計總處 | false
            """)
    void theOutletIsRead(String what, String outlet, String escaped, boolean lineRemoved) {
        String text = escaped.replace("\\n", "\n");
        MetadataLines.Found found = MetadataLines.of(text, true);
        assertThat(found.source()).isEqualTo(outlet);
        assertThat(found.lines()).as("a credit line is a metadata line; a dateline is the story's, a copyright line the footer's")
                .hasSize(lineRemoved ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            據中央社報導，颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班。 | 中央社
            据新华社报道，台风逼近，高铁公司今天宣布，明天上午起南下班次将减班。     | 新华社
            根據路透社的報導，美國聯準會今天宣布維持利率不變，市場反應平淡。         | 路透社
            據外媒報導，颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班。   | NONE
            據了解，颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班。       | NONE
            颱風逼近，台灣高鐵公司今天宣布，據中央社報導，明天上午起南下班次將減班。 | NONE
            """)
    void aStoryThatOpensByRetellingAnOutletsReportNamesIt(String opening, String outlet) {
        assertThat(VisibleMetadata.source("颱風逼近\n\n" + opening + "\n\n交通部提醒民眾注意安全，颱風期間減少外出。")).isEqualTo(outlet);
    }

    @org.junit.jupiter.api.Test
    void theOriginalsAddressIsKeptAndASubdomainFindsItsOutlet() {
        MetadataLines.Found found = MetadataLines.of("颱風逼近\n\n颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。"
                + "\n\n原文網址：https://news.pts.org.tw/article/700001。", true);
        assertThat(found.originalUrl()).isEqualTo("https://news.pts.org.tw/article/700001");
        assertThat(found.source()).isEqualTo("公視新聞網");
        assertThat(OriginalLinks.outletOf("https://money.udn.com/money/story/1")).isEqualTo("經濟日報"); // before udn.com
        assertThat(OriginalLinks.outletOf("https://tw.news.yahoo.com/a-1.html")).isNull(); // a portal is not an origin
        assertThat(OriginalLinks.read("請見原文網址的說明")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The minister said the figures came from the ministry.
            資料來源：主計總處
            本文作者為資深記者
            本文由記者王小明撰寫
            他的說法摘自一份政府報告，並未經過查證。
            This article is about the newspaper industry and how it has changed over the years.
            Copyright law is changing fast, experts say, and publishers are worried about it.
            Source: U.S. Census Bureau
            Photo courtesy of the Smith family
            Courtesy of the artist
            Sources: company filings, FactSet estimates
            Source: International Coffee Organization
            From Monday, buses will run every ten minutes.
            From our correspondent
            """)
    void linesThatOnlyLookLikeCreditsAreNot(String line) {
        assertThat(SourceHints.creditLine(line)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            新华社 | 新华社北京6月3日电 长江流域今天……
            路透社 | （路透社台北3日電）台股今天……
            路透社 | （路透台北3日電）台股今天……
            """)
    void wireNames(String wire, String paragraph) {
        assertThat(SourceHints.wire(paragraph)).isEqualTo(wire);
    }

    @org.junit.jupiter.api.Test
    void aFooterLineNextToARemovedCreditGoesToo() {
        // the credit is the metadata-lines rule's; the newsletter and copyright lines under it the boilerplate
        // rule's, whose run took the break before them: it used to lose the newsletter line to the overlap
        String text = "台積電今天宣布擴產，預計投資千億元，分析師認為此舉將帶動供應鏈。\n\n公司表示，新廠將在明年完工。\n\n"
                + "本文經授權轉載自財訊\n\n訂閱電子報\n© 2026 每日頭條 版權所有\n";
        Cleaning c = RuleSet.defaults().pipeline(null).run(new CleanInput(text, null, "zh-Hant", null));
        assertThat(c.cleaned()).isEqualTo("台積電今天宣布擴產，預計投資千億元，分析師認為此舉將帶動供應鏈。\n\n公司表示，新廠將在明年完工。");
        assertThat(c.changes()).extracting(app.galley.text.Change::rule).contains("metadata-lines", "boilerplate");
    }

    @Test
    void aLongTextIsReadForItsSourceAtItsEnds() {
        String para = "國家太空中心2日宣布，台灣自主研製的氣象衛星已完成出廠前的最後一輪環境測試，預計明年升空。\n\n";
        String middle = para.repeat(2000); // about 100,000 characters
        assertThat(VisibleMetadata.source(middle + "來源：中央社")).isEqualTo("中央社");
        assertThat(VisibleMetadata.source("據中央社報導，" + middle)).isEqualTo("中央社");
        // a credit deep inside a long text is the story's, not the article's source
        assertThat(VisibleMetadata.source(middle + "來源：中央社\n\n" + middle)).isNull();
    }

    @Test
    void aStaffLineNamesTheOutletWithoutTheWordStaff() {
        assertThat(SourceHints.canonical("Riverside Ledger staff")).isEqualTo("Riverside Ledger");
        assertThat(SourceHints.canonical("The Daily Herald Staff Writer")).isEqualTo("The Daily Herald");
        assertThat(SourceHints.canonical("Staff")).isEqualTo("Staff"); // nothing left to name: left alone
    }
}
